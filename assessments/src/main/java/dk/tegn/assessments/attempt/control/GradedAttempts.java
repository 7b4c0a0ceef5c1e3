package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.entity.AttemptState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Graded attempts as sums, for a module that counts them per person's group (coordination's
 * dashboard): {@link AttemptGraded} tells of each one as it is graded, {@link
 * dk.tegn.assessments.attempt.AttemptRegraded} of a coordinator's override; this answers for what
 * is there already when a person joins a group or moves organisation. An attempt is graded once
 * (state SUBMITTED with a score); where an override exists, its grade counts instead.
 */
@ApplicationScoped
@Transactional
public class GradedAttempts {

  /** A learner's graded attempts at one quiz in one context (0: outside any), summed. */
  public record Total(
      long learnerId, long quizId, long contextId, long attempts, long passed, long scoreSum) {}

  /** Graded attempts, each with the grade that counts: a coordinator's override, else its own. */
  private static final String SUMS =
      "SELECT t.learner_id, t.quiz_id, t.context_id, COUNT(*),"
          + " SUM(CASE WHEN COALESCE(o.passed, t.passed) THEN 1 ELSE 0 END),"
          + " SUM(COALESCE(o.score_percent, t.score_percent)) FROM asm_attempt t"
          + " LEFT JOIN asm_grade_override o ON o.attempt_id = t.id WHERE t.state = 'SUBMITTED'"
          + " AND t.score_percent IS NOT NULL";

  @PersistenceContext EntityManager em;

  /**
   * One learner's totals, read with shared locks to the end of the transaction (the latest
   * committed rows): an attempt graded meanwhile is either seen here or waits, so it is counted
   * once. Index ix_asm_attempt_learner (learner_id, quiz_id).
   */
  public List<Total> of(long learnerId) {
    return totals(
        em.createNativeQuery(
                SUMS
                    + " AND t.learner_id = ?1 GROUP BY t.learner_id, t.quiz_id, t.context_id"
                    + " ORDER BY t.quiz_id, t.context_id LOCK IN SHARE MODE")
            .setParameter(1, learnerId)
            .getResultList());
  }

  /**
   * Graded attempts submitted from {@code from} until before {@code until} (either null: open),
   * summed per quiz and context, of the people of some organisations (empty: every organisation) or
   * of some people by id (null: everyone): learnerId of each total is 0. JPQL over core's shared
   * accounts.
   */
  public List<Total> perQuiz(
      Optional<Set<Long>> organisations, Collection<Long> people, Instant from, Instant until) {
    if (organisations.map(Set::isEmpty).orElse(false) || (people != null && people.isEmpty())) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder(
            "select t.quiz.id, t.contextId, count(t),"
                + " sum(case when o.passed = true or (o.attemptId is null and t.passed = true)"
                + " then 1 else 0 end), sum(coalesce(o.scorePercent, t.scorePercent))"
                + " from Attempt t left join GradeOverride o on o.attemptId = t.id"
                + (organisations.isPresent() ? ", Account a" : "")
                + " where t.state = :state and t.scorePercent is not null");
    if (organisations.isPresent()) {
      jpql.append(" and a.id = t.learnerId and a.organisation.id in :organisations");
    }
    if (people != null) {
      jpql.append(" and t.learnerId in :people");
    }
    if (from != null) {
      jpql.append(" and t.submittedAt >= :from");
    }
    if (until != null) {
      jpql.append(" and t.submittedAt < :until");
    }
    TypedQuery<Object[]> q =
        em.createQuery(jpql + " group by t.quiz.id, t.contextId", Object[].class)
            .setParameter("state", AttemptState.SUBMITTED);
    organisations.ifPresent(o -> q.setParameter("organisations", o));
    if (people != null) {
      q.setParameter("people", people);
    }
    if (from != null) {
      q.setParameter("from", from);
    }
    if (until != null) {
      q.setParameter("until", until);
    }
    List<Total> totals = new ArrayList<>();
    for (Object[] r : q.getResultList()) {
      totals.add(new Total(0, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4])));
    }
    return totals;
  }

  private static List<Total> totals(List<?> rows) {
    List<Total> totals = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      totals.add(new Total(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
    }
    return totals;
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
