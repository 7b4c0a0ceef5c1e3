package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.assessments.attempt.entity.Attempt;
import dk.tegn.assessments.attempt.entity.AttemptState;
import dk.tegn.assessments.attempt.entity.ExtraAttempt;
import dk.tegn.assessments.attempt.entity.GradeOverride;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One learner's attempts as staff who look after them see them (a coordinator's per-learner report,
 * as in Moodle's user overrides): every attempt with its score and any override, one attempt's
 * answers, overriding a grade with a reason and granting an attempt beyond a quiz's limit. Only a
 * coordinator or an administrator of the learner's organisation (or a national one) may, checked
 * before anything is read; each change is audited and named in the privacy export.
 */
@ApplicationScoped
@Transactional
public class LearnerAttempts {

  /** Most attempts one report lists. */
  static final int MAX_ATTEMPTS = 1000;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;
  @Inject Event<AttemptRegraded> regraded;

  /** One attempt: the graded score and, beside it, the override that counts instead. */
  public record AttemptLine(
      long id,
      int number,
      AttemptState state,
      Instant startedAt,
      Instant submittedAt,
      Integer scorePercent,
      Boolean passed,
      Integer overrideScore,
      Boolean overridePassed,
      String overrideReason)
      implements Serializable {

    public boolean graded() {
      return scorePercent != null;
    }

    public boolean overridden() {
      return overrideScore != null;
    }

    /** Whether the attempt passes as it counts now (the override's word when there is one). */
    public Boolean countsAsPassed() {
      return overridden() ? overridePassed : passed;
    }
  }

  /**
   * A learner's attempts at one quiz in one context (courses: the course id, 0 outside any).
   *
   * @param attemptsAllowed the quiz's limit, 0 without one
   * @param extraAttempts attempts granted beyond it
   */
  public record QuizLine(
      long quizId,
      String title,
      long contextId,
      int passMarkPercent,
      int attemptsAllowed,
      long extraAttempts,
      List<AttemptLine> attempts)
      implements Serializable {

    public boolean limited() {
      return attemptsAllowed > 0;
    }

    /** The limit with the extra attempts; 0 without a limit. */
    public long allowedNow() {
      return limited() ? attemptsAllowed + extraAttempts : 0;
    }
  }

  /** The learner's attempts per quiz and context, quiz by quiz, oldest attempt first. */
  public List<QuizLine> of(long learnerId, String language) {
    requireStaffOf(learnerId, "assessments.learner.read");
    List<Attempt> attempts =
        em.createNamedQuery("Attempt.listByLearner", Attempt.class)
            .setParameter("learnerId", learnerId)
            .setMaxResults(MAX_ATTEMPTS)
            .getResultList();
    Map<Long, GradeOverride> overrides = new HashMap<>();
    List<Long> ids = attempts.stream().map(Attempt::getId).toList();
    if (!ids.isEmpty()) {
      em.createNamedQuery("GradeOverride.listByAttempts", GradeOverride.class)
          .setParameter("attemptIds", ids)
          .getResultList()
          .forEach(o -> overrides.put(o.getAttemptId(), o));
    }
    Map<List<Long>, Long> extras = new HashMap<>();
    for (ExtraAttempt x :
        em.createNamedQuery("ExtraAttempt.listByLearner", ExtraAttempt.class)
            .setParameter("learnerId", learnerId)
            .setMaxResults(MAX_ATTEMPTS)
            .getResultList()) {
      extras.merge(List.of(x.getQuizId(), x.getContextId()), 1L, Long::sum);
    }
    Map<List<Long>, List<AttemptLine>> lines = new LinkedHashMap<>();
    Map<List<Long>, Quiz> quizzes = new HashMap<>();
    for (Attempt a : attempts) {
      List<Long> key = List.of(a.getQuiz().getId(), a.getContextId());
      quizzes.put(key, a.getQuiz());
      GradeOverride o = overrides.get(a.getId());
      lines
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new AttemptLine(
                  a.getId(),
                  a.getNumber(),
                  a.getState(),
                  a.getStartedAt(),
                  a.getSubmittedAt(),
                  a.getScorePercent(),
                  a.getPassed(),
                  o == null ? null : o.getScorePercent(),
                  o == null ? null : o.isPassed(),
                  o == null ? null : o.getReason()));
    }
    List<QuizLine> result = new ArrayList<>();
    lines.forEach(
        (key, list) -> {
          Quiz quiz = quizzes.get(key);
          result.add(
              new QuizLine(
                  quiz.getId(),
                  quiz.getTitle().resolve(language, null),
                  key.get(1),
                  quiz.getPassMarkPercent(),
                  quiz.getAttemptsAllowed(),
                  extras.getOrDefault(key, 0L),
                  List.copyOf(list)));
        });
    return result;
  }

  /**
   * One attempt with its questions, the answers given, right answers and points (whatever the
   * quiz's review options show the learner), for staff of the learner's organisation.
   */
  public AttemptView review(long attemptId, String language) {
    Attempt attempt = attemptOf(attemptId);
    Attempts.withVersions(em, attempt);
    return AttemptViews.forStaff(attempt, Attempts.answersOf(em, attempt), language, clock.now());
  }

  /** The learner who took an attempt, for a page that found the attempt by its id. */
  public long learnerOf(long attemptId) {
    return attemptOf(attemptId).getLearnerId();
  }

  /**
   * Gives a graded attempt the score that counts from now (pass or fail by the quiz's pass mark),
   * with a reason; the graded score stays. Audited; raises {@link AttemptRegraded} in this
   * transaction, so completion and the dashboard follow at once.
   */
  public AttemptRegraded override(long attemptId, int scorePercent, String reason) {
    Attempt attempt = attemptOf(attemptId);
    if (attempt.getState() != AttemptState.SUBMITTED || attempt.getScorePercent() == null) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_learner.notGraded");
    }
    if (scorePercent < 0 || scorePercent > 100) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_learner.scoreRange");
    }
    String why = requireReason(reason);
    GradeOverride override = em.find(GradeOverride.class, attemptId);
    int scoreBefore = override == null ? attempt.getScorePercent() : override.getScorePercent();
    boolean passedBefore =
        override == null ? Boolean.TRUE.equals(attempt.getPassed()) : override.isPassed();
    if (override == null) {
      override = new GradeOverride(attemptId);
      em.persist(override);
    }
    override.set(
        scorePercent, attempt.getQuiz().getPassMarkPercent(), why, caller.accountId(), clock.now());
    return regraded(
        attempt,
        scoreBefore,
        passedBefore,
        override.getScorePercent(),
        override.isPassed(),
        "assessments.attempt.override");
  }

  /**
   * Takes a coordinator's override away (as Moodle deletes a user override): the graded score
   * counts again. Audited; raises {@link AttemptRegraded} as an override does.
   */
  public AttemptRegraded removeOverride(long attemptId) {
    Attempt attempt = attemptOf(attemptId);
    GradeOverride override = em.find(GradeOverride.class, attemptId);
    if (override == null) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_learner.noOverride");
    }
    int scoreBefore = override.getScorePercent();
    boolean passedBefore = override.isPassed();
    em.remove(override);
    return regraded(
        attempt,
        scoreBefore,
        passedBefore,
        attempt.getScorePercent(),
        Boolean.TRUE.equals(attempt.getPassed()),
        "assessments.attempt.override.remove");
  }

  /** Audits a changed grade and tells the modules that counted it, in this transaction. */
  private AttemptRegraded regraded(
      Attempt attempt,
      int scoreBefore,
      boolean passedBefore,
      int scoreAfter,
      boolean passedAfter,
      String action) {
    em.flush();
    int grade = quizGrade(attempt);
    AttemptRegraded event =
        new AttemptRegraded(
            attempt.getLearnerId(),
            attempt.getQuiz().getId(),
            attempt.getId(),
            attempt.getContextId(),
            scoreBefore,
            passedBefore,
            scoreAfter,
            passedAfter,
            grade,
            grade >= attempt.getQuiz().getPassMarkPercent());
    audit.record(
        caller.accountId(),
        action,
        "attempt",
        attempt.getId(),
        Outcome.ALLOWED,
        "score " + scoreBefore + " -> " + scoreAfter);
    regraded.fire(event);
    return event;
  }

  /**
   * The learner's grade on the attempt's quiz in its context, as the learner's own overview works
   * it out: every graded attempt, an override in place of its graded score, under the quiz's
   * grading method. The attempt itself is graded, so there is one.
   */
  private int quizGrade(Attempt attempt) {
    List<Attempt> attempts =
        em
            .createNamedQuery("Attempt.listByLearnerQuizAndContext", Attempt.class)
            .setParameter("learnerId", attempt.getLearnerId())
            .setParameter("quizId", attempt.getQuiz().getId())
            .setParameter("contextId", attempt.getContextId())
            .getResultList()
            .stream()
            .filter(a -> a.getState() == AttemptState.SUBMITTED && a.getScorePercent() != null)
            .toList();
    Map<Long, Integer> overridden = new HashMap<>();
    em.createNamedQuery("GradeOverride.listByAttempts", GradeOverride.class)
        .setParameter("attemptIds", attempts.stream().map(Attempt::getId).toList())
        .getResultList()
        .forEach(o -> overridden.put(o.getAttemptId(), o.getScorePercent()));
    return attempt
        .getQuiz()
        .getGradingMethod()
        .grade(
            attempts.stream()
                .map(a -> overridden.getOrDefault(a.getId(), a.getScorePercent()))
                .toList())
        .orElseThrow();
  }

  /**
   * Grants the learner one attempt beyond the quiz's limit in one context (as attempts are numbered
   * and limited: courses' course id, 0 outside any). A quiz without a limit needs none.
   */
  public void grantExtraAttempt(long learnerId, long quizId, long contextId, String reason) {
    requireStaffOf(learnerId, "assessments.attempt.extra");
    Quiz quiz = em.find(Quiz.class, quizId);
    if (quiz == null) {
      throw new RecordNotFoundException("quiz", quizId);
    }
    if (quiz.getAttemptsAllowed() == 0) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_learner.noLimit");
    }
    String why = requireReason(reason);
    ExtraAttempt extra =
        new ExtraAttempt(learnerId, quizId, contextId, why, caller.accountId(), clock.now());
    em.persist(extra);
    em.flush();
    audit.record(
        caller.accountId(),
        "assessments.attempt.extra",
        "quiz",
        quizId,
        Outcome.ALLOWED,
        "learner " + learnerId + ", context " + contextId);
  }

  private static String requireReason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_learner.reasonRequired");
    }
    if (why.length() > GradeOverride.MAX_REASON) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS, "assessments_learner.reasonTooLong", GradeOverride.MAX_REASON);
    }
    return why;
  }

  private Attempt attemptOf(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null || attempt.isPrepared()) {
      throw new RecordNotFoundException("attempt", attemptId);
    }
    requireStaffOf(attempt.getLearnerId(), "assessments.learner.attempt");
    return attempt;
  }

  /**
   * A coordinator or an administrator of the learner's organisation (national ones of everyone);
   * anyone else is refused, audited, before anything of the learner is read.
   */
  private void requireStaffOf(long learnerId, String action) {
    Account learner = em.find(Account.class, learnerId);
    if (learner == null) {
      throw new RecordNotFoundException("account", learnerId);
    }
    long organisation = learner.getOrganisation().getId();
    if (!caller.hasRoleIn(Role.COORDINATOR, organisation)
        && !caller.hasRoleIn(Role.ADMIN, organisation)) {
      audit.record(
          caller.isAuthenticated() ? caller.accountId() : null,
          action,
          "account",
          learnerId,
          Outcome.REFUSED);
      throw new AccessDeniedException("not staff of account " + learnerId);
    }
  }
}
