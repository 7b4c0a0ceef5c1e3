package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.AttemptStarted;
import dk.tegn.assessments.attempt.QuizGate;
import dk.tegn.assessments.attempt.entity.Answer;
import dk.tegn.assessments.attempt.entity.Attempt;
import dk.tegn.assessments.attempt.entity.AttemptSlot;
import dk.tegn.assessments.attempt.entity.FinishedBy;
import dk.tegn.assessments.attempt.entity.GradeOverride;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.assessments.quiz.control.RandomDraw;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * A learner takes a quiz: starts or resumes an attempt, saves each answer as it is given, submits.
 * Only the attempt's owner touches it, and only who {@link QuizAccess} lets take the quiz starts
 * one. An attempt past its deadline is submitted with what was saved by whichever comes first: the
 * learner's next request or the {@code AttemptTimer}.
 */
@ApplicationScoped
@Transactional
public class Attempts {

  private static final Logger LOG = Logger.getLogger(Attempts.class.getName());
  private static final SecureRandom SEEDS = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AnswerStore answers;
  @Inject Event<AttemptGraded> graded;
  @Inject Event<AttemptStarted> started;
  @Inject QuizAccess access;

  /** The caller's standing on a quiz taken outside any context; see the next. */
  public QuizOverview overview(long quizId, String language) {
    return overview(quizId, 0, language);
  }

  /**
   * The caller's standing on a quiz in one context (courses: the course the learner came from; 0:
   * none); finishes an overdue attempt first. Only the attempts of that context count.
   */
  public QuizOverview overview(long quizId, long contextId, String language) {
    return standing(quizId, contextId, language).overview();
  }

  /** The standing, and whether an attempt is prepared for the quiz as it is now. */
  private record Standing(QuizOverview overview, boolean prepared) {}

  private Standing standing(long quizId, long contextId, String language) {
    Quiz quiz = takeableQuiz(quizId, contextId);
    long learnerId = caller.accountId();
    List<Attempt> all = attemptsOf(learnerId, quizId, contextId);
    List<Attempt> attempts = counted(all);
    Instant now = clock.now();
    attempts.stream().filter(a -> a.isOverdue(now)).forEach(a -> finish(a, FinishedBy.TIME_LIMIT));
    Attempt prepared = preparedOf(all);
    return new Standing(
        overview(quiz, learnerId, contextId, attempts, language, now),
        prepared != null && prepared.isPreparedFor(quiz));
  }

  /**
   * The caller's standing on a quiz, and the attempt a page about it shows: see {@link #page};
   * {@code prepared}: an attempt is prepared for the start ({@link #prepare}).
   */
  public record QuizPage(QuizOverview overview, AttemptView attempt, boolean prepared) {}

  /**
   * The caller's standing on a quiz in a context, as {@link #overview(long, long, String)}, with
   * the attempt to show, as {@link #view}: the open one, else the last, else none. One transaction
   * for both, so the attempt the overview read is not read and checked a second time (the quiz
   * page's every load, ops/BENCHMARKS.md §9.8).
   */
  public QuizPage page(long quizId, long contextId, String language) {
    Standing standing = standing(quizId, contextId, language);
    QuizOverview overview = standing.overview();
    Long shown = overview.openAttemptId();
    if (shown == null && !overview.attempts().isEmpty()) {
      shown = overview.attempts().get(overview.attempts().size() - 1).id();
    }
    return new QuizPage(
        overview, shown == null ? null : view(shown, language), standing.prepared());
  }

  /** Starts or resumes outside any context; see the next. */
  public AttemptView startOrResume(long quizId, String language) {
    return startOrResume(quizId, 0, language);
  }

  /**
   * {@link #start}, answered with the attempt's questions and saved answers, as {@link #view} shows
   * them, in the same transaction.
   */
  public AttemptView startOrResume(long quizId, long contextId, String language) {
    AttemptStamp stamp = start(quizId, contextId, language);
    Attempt attempt = em.find(Attempt.class, stamp.id());
    return viewOf(attempt, language, clock.now());
  }

  /**
   * Returns the open attempt of the context, or starts a new one there when the quiz allows: a quiz
   * used by two courses is taken, numbered and limited in each apart. Answers with the stamp only
   * (which attempt, since when): the questions are read with the attempt, so a start at an exam's
   * signal reads no slot (ops/BENCHMARKS.md §3.aa).
   */
  public AttemptStamp start(long quizId, long contextId, String language) {
    Quiz quiz = takeableQuiz(quizId, contextId);
    long learnerId = caller.accountId();
    Instant now = clock.now();
    List<Attempt> all = attemptsOf(learnerId, quizId, contextId);
    List<Attempt> attempts = counted(all);
    for (Attempt a : attempts) {
      if (a.isOverdue(now)) {
        finish(a, FinishedBy.TIME_LIMIT);
        // coming back after the time ran out shows the result, not a fresh attempt
        return AttemptStamp.of(a, now);
      }
      if (a.isInProgress()) {
        return AttemptStamp.of(a, now);
      }
    }
    String refusal =
        refusal(
            quiz, attempts.size(), extraAttempts(quiz, learnerId, contextId, attempts.size()), now);
    if (refusal != null) {
      throw new RuleViolationException(Messages.ASSESSMENTS, refusal);
    }
    refuseWhenLocked(learnerId, quizId, contextId, language);
    Attempt prepared = preparedOf(all);
    if (prepared != null) {
      AttemptStamp stamped = stamp(quiz, prepared, attempts.size() + 1, now);
      if (stamped != null) {
        return stamped;
      }
    }
    Attempt attempt =
        draw(quiz, learnerId, contextId, attempts.size() + 1, SEEDS.nextLong(), now, false);
    em.persist(attempt);
    em.flush();
    LOG.info(() -> "attempt " + attempt.getId() + " started on quiz " + quizId);
    started.fire(new AttemptStarted(learnerId, quizId, attempt.getId(), attempt.getNumber()));
    return AttemptStamp.of(attempt, now);
  }

  /**
   * Draws and writes the caller's next attempt in the context before its start, when they may take
   * the quiz (issue 18 §2): the start then only stamps it, so the expensive part of a start is paid
   * while trainees sign in before the signal, not at it. Prepared, the attempt counts nowhere (the
   * limit, statistics, reports, xAPI) and shows no question. Does nothing when the caller has one
   * in progress, or one prepared for the quiz as it is now; before the quiz opens it prepares too.
   * Refused as the start is (role, organisation, no attempts left, closed). Two at once: the second
   * fails on the unique key (number 0 per learner, quiz and context) and writes nothing.
   *
   * @return whether an attempt was prepared now
   */
  public boolean prepare(long quizId, long contextId, String language) {
    Quiz quiz = takeableQuiz(quizId, contextId);
    long learnerId = caller.accountId();
    Instant now = clock.now();
    List<Attempt> all = attemptsOf(learnerId, quizId, contextId);
    List<Attempt> attempts = counted(all);
    if (attempts.stream().anyMatch(a -> a.isInProgress() && !a.isOverdue(now))) {
      return false;
    }
    Attempt prepared = preparedOf(all);
    if (prepared != null && prepared.isPreparedFor(quiz)) {
      return false;
    }
    long extra = extraAttempts(quiz, learnerId, contextId, attempts.size());
    if (quiz.getCloseAt() != null && !now.isBefore(quiz.getCloseAt())) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_attempt.quizClosed");
    }
    if (!quiz.allowsAnotherAttempt(attempts.size(), extra)) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_attempt.noAttemptsLeft");
    }
    refuseWhenLocked(learnerId, quizId, contextId, language);
    if (prepared != null) {
      discard(prepared); // prepared for the quiz as it was
    }
    Attempt attempt = draw(quiz, learnerId, contextId, 0, SEEDS.nextLong(), now, true);
    em.persist(attempt);
    em.flush();
    return true;
  }

  /**
   * Starts the prepared attempt as attempt {@code number}: one UPDATE, guarded by its version (of
   * two starts of it, the second fails and writes nothing). Null when it was prepared for the quiz
   * or its questions as they were before a change: it is removed and the start draws afresh.
   * Whether a question changed is one count in the database ({@code AttemptSlot.countStale}): no
   * slot, no question is loaded.
   */
  private AttemptStamp stamp(Quiz quiz, Attempt prepared, int number, Instant now) {
    if (!prepared.isPreparedFor(quiz)
        || em.createNamedQuery("AttemptSlot.countStale", Long.class)
                .setParameter("attemptId", prepared.getId())
                .getSingleResult()
            > 0) {
      discard(prepared);
      return null;
    }
    prepared.stamp(number, now);
    try {
      em.flush();
    } catch (OptimisticLockException startedMeanwhile) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS, "assessments_attempt.startedMeanwhile");
    }
    LOG.info(() -> "attempt " + prepared.getId() + " started (prepared) on quiz " + quiz.getId());
    started.fire(
        new AttemptStarted(
            prepared.getLearnerId(), quiz.getId(), prepared.getId(), prepared.getNumber()));
    return AttemptStamp.of(prepared, now);
  }

  private void discard(Attempt prepared) {
    em.remove(prepared); // its slots go with it (ON DELETE CASCADE)
    em.flush();
  }

  /**
   * Removes prepared attempts never started that were prepared before {@code before}, their slots
   * with them (AttemptTimer, daily).
   */
  public int discardPreparedBefore(Instant before) {
    return em.createNamedQuery("Attempt.deletePreparedBefore")
        .setParameter("before", before)
        .executeUpdate();
  }

  /** Refuses a start or a prepare while {@link QuizAccess} keeps the quiz closed to the learner. */
  private void refuseWhenLocked(long learnerId, long quizId, long contextId, String language) {
    access
        .closed(learnerId, quizId, contextId, language)
        .ifPresent(
            closed -> {
              throw new RuleViolationException(
                  Messages.ASSESSMENTS, "assessments_attempt.closed", closed.reason());
            });
  }

  /** The attempts that count: all but the one prepared. */
  private static List<Attempt> counted(List<Attempt> all) {
    return all.stream().filter(a -> !a.isPrepared()).toList();
  }

  private static Attempt preparedOf(List<Attempt> all) {
    return all.stream().filter(Attempt::isPrepared).findFirst().orElse(null);
  }

  /**
   * Flags one question of the caller's attempt "for review", or takes the flag away; the same again
   * changes nothing. Only while the attempt can still be answered: a flag is a note to come back.
   */
  public void flag(long attemptId, @Min(1) int slot, boolean flagged) {
    Attempt attempt = ownAttempt(attemptId);
    attempt.requireAnswerable(clock.now());
    int rows =
        em.createNamedQuery("AttemptSlot.updateFlag")
            .setParameter("flagged", flagged)
            .setParameter("attemptId", attemptId)
            .setParameter("slot", slot)
            .executeUpdate();
    if (rows == 0) {
      throw new RecordNotFoundException("attempt slot", attemptId + "/" + slot);
    }
  }

  /** Grades and closes the attempt; a second submit is refused and changes nothing. */
  public AttemptView submit(long attemptId, String language) {
    // the row lock orders this submit after any answer being saved right now (see AnswerStore)
    Attempt attempt = ownAttempt(attemptId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.now();
    Map<Integer, Response> given =
        finish(attempt, attempt.isOverdue(now) ? FinishedBy.TIME_LIMIT : FinishedBy.LEARNER);
    // the slots with their versions and the answers were read by the grading, under the lock: the
    // graded attempt is shown from them, not read a second time (ops/BENCHMARKS.md §3)
    return AttemptViews.of(attempt, given, language, now);
  }

  /** The attempt as its owner may see it now; an overdue attempt is submitted first. */
  public AttemptView view(long attemptId, String language) {
    Attempt attempt = ownAttempt(attemptId);
    Instant now = clock.now();
    if (attempt.isOverdue(now)) {
      finish(attempt, FinishedBy.TIME_LIMIT);
    }
    return viewOf(attempt, language, now);
  }

  /** Ids of attempts past their deadline, oldest deadline first. */
  public List<Long> overdueIds(@Min(1) @Max(1000) int max) {
    return em.createNamedQuery("Attempt.listOverdueIds", Long.class)
        .setParameter("now", clock.now())
        .setMaxResults(max)
        .getResultList();
  }

  /** Submits one overdue attempt with what was saved; does nothing if it is no longer overdue. */
  public void finishOverdue(long attemptId) {
    answers.lockAttempt(attemptId);
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt != null && attempt.isOverdue(clock.now())) {
      finish(attempt, FinishedBy.TIME_LIMIT);
    }
  }

  /**
   * A learner's standing on a quiz for the learner themself or a coordinator of their organisation
   * (a national coordinator sees everyone).
   */
  public QuizOverview resultOf(long learnerId, long quizId, String language) {
    if (learnerId != caller.accountId()) {
      Account learner = em.find(Account.class, learnerId);
      if (learner == null) {
        throw new RecordNotFoundException("account", learnerId);
      }
      caller.requireRoleIn(Role.COORDINATOR, learner.getOrganisation().getId());
    }
    Quiz quiz = quizOrThrow(quizId);
    return overview(
        quiz, learnerId, 0, counted(attemptsOf(learnerId, quizId, 0)), language, clock.now());
  }

  /** Grades and closes the attempt; returns the answers it was graded on, by slot. */
  private Map<Integer, Response> finish(Attempt attempt, FinishedBy by) {
    withVersions(attempt);
    Map<Integer, Response> given = answersOf(attempt);
    attempt.submit(given, by, clock.now());
    em.flush();
    LOG.info(
        () ->
            "attempt "
                + attempt.getId()
                + " submitted by "
                + by
                + ": "
                + attempt.getScorePercent()
                + "%");
    // what each question earned is not raised here: xAPI reads it later through GradedAnswers,
    // outside the transaction that holds the attempt's lock (ops/BENCHMARKS.md §3)
    graded.fire(
        new AttemptGraded(
            attempt.getLearnerId(),
            attempt.getQuiz().getId(),
            attempt.getId(),
            attempt.getScorePercent(),
            attempt.getPassed(),
            attempt.getContextId()));
    return given;
  }

  private Attempt draw(
      Quiz quiz,
      long learnerId,
      long contextId,
      int number,
      long seed,
      Instant now,
      boolean prepared) {
    List<RandomDraw.Slot> slots = new ArrayList<>();
    List<Long> categoryIds = new ArrayList<>();
    // the slots' ids only: quiz.getSlots() loaded each slot's question and category apart
    for (Object[] s :
        em.createNamedQuery("QuizSlot.listForDraw", Object[].class)
            .setParameter("quizId", quiz.getId())
            .getResultList()) {
      if (s[1] != null) {
        long categoryId = ((Number) s[1]).longValue();
        slots.add(new RandomDraw.FromCategory(categoryId, ((Number) s[2]).intValue()));
        categoryIds.add(categoryId);
      } else {
        slots.add(new RandomDraw.Fixed(((Number) s[0]).longValue()));
      }
    }
    if (slots.isEmpty()) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_attempt.noQuestions");
    }
    Map<Long, List<Long>> pools = new HashMap<>();
    if (!categoryIds.isEmpty()) {
      for (Object[] row :
          em.createNamedQuery("Question.listIdsForDraw", Object[].class)
              .setParameter("categoryIds", categoryIds)
              .getResultList()) {
        pools.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
      }
    }
    List<Long> questionIds;
    try {
      questionIds = RandomDraw.questions(slots, pools, seed);
    } catch (RandomDraw.NotEnoughQuestions e) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS,
          "assessments_attempt.notEnoughQuestions",
          e.wanted(),
          e.available());
    }
    Random order = new Random(~seed);
    Map<Long, QuestionVersion> current = new HashMap<>();
    for (QuestionVersion v :
        em.createNamedQuery("AttemptSlot.listCurrentVersions", QuestionVersion.class)
            .setParameter("questionIds", questionIds)
            .getResultList()) {
      current.put(v.getQuestion().getId(), v);
    }
    List<Map.Entry<QuestionVersion, Map<String, List<String>>>> shown = new ArrayList<>();
    for (long id : questionIds) {
      QuestionVersion version = current.get(id);
      shown.add(
          new AbstractMap.SimpleEntry<>(
              version,
              RandomDraw.presentation(
                  version.getContent().orderables(), quiz.isShuffleChoices(), order)));
    }
    return prepared
        ? Attempt.prepared(quiz, learnerId, contextId, seed, now, shown)
        : new Attempt(quiz, learnerId, contextId, number, seed, now, shown);
  }

  private QuizOverview overview(
      Quiz quiz,
      long learnerId,
      long contextId,
      List<Attempt> attempts,
      String language,
      Instant now) {
    List<QuizOverview.AttemptSummary> summaries = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    Long open = null;
    Map<Long, GradeOverride> overrides = overridesOf(attempts);
    for (Attempt a : attempts) {
      GradeOverride override = overrides.get(a.getId());
      Integer score = override == null ? a.getScorePercent() : (Integer) override.getScorePercent();
      boolean scoreVisible =
          quiz.getReview()
              .getScore()
              .allows(a.getSubmittedAt(), quiz.getCloseAt(), now, AttemptViews.passedOrLast(a));
      summaries.add(
          new QuizOverview.AttemptSummary(
              a.getId(),
              a.getNumber(),
              a.getState(),
              a.getStartedAt(),
              a.getSubmittedAt(),
              scoreVisible ? score : null));
      if (a.isInProgress()) {
        open = a.getId();
      } else if (scoreVisible) {
        scores.add(score);
      }
    }
    long extra = extraAttempts(quiz, learnerId, contextId, attempts.size());
    var grade = quiz.getGradingMethod().grade(scores);
    QuizGate.Closed closed =
        open != null
            ? null
            : access.closed(learnerId, quiz.getId(), contextId, language).orElse(null);
    return new QuizOverview(
        quiz.getId(),
        quiz.getTitle().resolve(language, null),
        quiz.getPassMarkPercent(),
        quiz.getAttemptsAllowed() == 0 ? 0 : (int) (quiz.getAttemptsAllowed() + extra),
        quiz.getTimeLimitSeconds(),
        questionCount(quiz),
        quiz.getOpenAt(),
        quiz.getCloseAt(),
        summaries,
        open,
        open != null ? null : refusal(quiz, attempts.size(), extra, now),
        closed,
        grade.isPresent() ? grade.getAsInt() : null,
        grade.isPresent() ? grade.getAsInt() >= quiz.getPassMarkPercent() : null);
  }

  /** As {@link Quiz#questionCount()}, without loading the slots. */
  private int questionCount(Quiz quiz) {
    Number count =
        (Number)
            em.createNamedQuery("QuizSlot.questionCount")
                .setParameter("quizId", quiz.getId())
                .getSingleResult();
    return count.intValue();
  }

  private static String refusal(Quiz quiz, int attemptsSoFar, long extra, Instant now) {
    if (!quiz.isOpen(now)) {
      return "assessments_attempt.quizClosed";
    }
    if (!quiz.allowsAnotherAttempt(attemptsSoFar, extra)) {
      return "assessments_attempt.noAttemptsLeft";
    }
    return null;
  }

  /**
   * Attempts granted beyond the quiz's limit to the learner in the context; read only when the
   * limit is reached, so a quiz without a limit, or with attempts left, costs no statement.
   */
  private long extraAttempts(Quiz quiz, long learnerId, long contextId, int attemptsSoFar) {
    if (quiz.allowsAnotherAttempt(attemptsSoFar)) {
      return 0;
    }
    return em.createNamedQuery("ExtraAttempt.count", Long.class)
        .setParameter("learnerId", learnerId)
        .setParameter("quizId", quiz.getId())
        .setParameter("contextId", contextId)
        .getSingleResult();
  }

  /** The overrides of the graded attempts among these, by attempt id; none read for none graded. */
  private Map<Long, GradeOverride> overridesOf(List<Attempt> attempts) {
    List<Long> graded =
        attempts.stream().filter(a -> a.getScorePercent() != null).map(Attempt::getId).toList();
    Map<Long, GradeOverride> result = new HashMap<>();
    if (!graded.isEmpty()) {
      em.createNamedQuery("GradeOverride.listByAttempts", GradeOverride.class)
          .setParameter("attemptIds", graded)
          .getResultList()
          .forEach(o -> result.put(o.getAttemptId(), o));
    }
    return result;
  }

  private Quiz quizOrThrow(long quizId) {
    Quiz quiz = em.find(Quiz.class, quizId);
    if (quiz == null) {
      throw new RecordNotFoundException("quiz", quizId);
    }
    return quiz;
  }

  private Quiz takeableQuiz(long quizId, long contextId) {
    Quiz quiz = quizOrThrow(quizId);
    access.requireTakeable(caller, quiz, contextId);
    return quiz;
  }

  private Attempt ownAttempt(long attemptId) {
    return ownAttempt(attemptId, LockModeType.NONE);
  }

  private Attempt ownAttempt(long attemptId, LockModeType lock) {
    if (lock == LockModeType.PESSIMISTIC_WRITE) {
      // locked by SQL, then read: EclipseLink's own locking read also re-read all slots one by one,
      // each with its question version and question (41 statements for 20 questions)
      answers.lockAttempt(attemptId);
    }
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null || attempt.isPrepared()) {
      // a prepared attempt shows no question before its start
      throw new RecordNotFoundException("attempt", attemptId);
    }
    if (attempt.getLearnerId() != caller.accountId()) {
      throw new AccessDeniedException("attempt " + attemptId + " belongs to someone else");
    }
    return attempt;
  }

  private List<Attempt> attemptsOf(long learnerId, long quizId, long contextId) {
    return em.createNamedQuery("Attempt.listByLearnerQuizAndContext", Attempt.class)
        .setParameter("learnerId", learnerId)
        .setParameter("quizId", quizId)
        .setParameter("contextId", contextId)
        .getResultList();
  }

  private AttemptView viewOf(Attempt attempt, String language, Instant now) {
    withVersions(attempt);
    return AttemptViews.of(attempt, answersOf(attempt), language, now);
  }

  /**
   * Reads the attempt's slots with their question versions in one statement, so that going through
   * {@code attempt.getSlots()} afterwards does not read each slot's version and question apart.
   */
  private void withVersions(Attempt attempt) {
    withVersions(em, attempt);
  }

  static void withVersions(EntityManager em, Attempt attempt) {
    em.createNamedQuery("AttemptSlot.listWithVersions", AttemptSlot.class)
        .setParameter("attemptId", attempt.getId())
        .getResultList();
  }

  private Map<Integer, Response> answersOf(Attempt attempt) {
    return answersOf(em, attempt);
  }

  /** The answers saved in an attempt, by slot. */
  static Map<Integer, Response> answersOf(EntityManager em, Attempt attempt) {
    Map<Integer, Response> result = new LinkedHashMap<>();
    for (Answer a :
        em.createNamedQuery("Answer.listByAttempt", Answer.class)
            .setParameter("attemptId", attempt.getId())
            .getResultList()) {
      result.put(a.getSlot(), a.response());
    }
    return result;
  }
}
