package dk.tegn.coordination.coordinator.control;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.assessments.attempt.control.GradedAttempts;
import dk.tegn.core.account.AccountMoved;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.persistence.SqlIds;
import dk.tegn.courses.enrolment.EnrolmentChanged;
import dk.tegn.courses.enrolment.EnrolmentChanged.Stage;
import dk.tegn.courses.enrolment.EnrolmentChanged.Standing;
import dk.tegn.courses.enrolment.EnrolmentsChanged;
import dk.tegn.courses.enrolment.EnrolmentsRestarted;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the dashboard's counters (crd_completion_count, crd_completion_due, crd_quiz_count; see
 * {@link CompletionReport}) from the facts the owning modules publish, in the transaction of the
 * write that published them: courses' {@link EnrolmentChanged}, {@link EnrolmentsChanged} and
 * {@link EnrolmentsRestarted}, assessments' {@link AttemptGraded} and {@link AttemptRegraded},
 * core's {@link AccountMoved}; and from this module's own cohort memberships ({@link #joined},
 * {@link #left}). The events are synchronous, so a write and its counts commit or roll back
 * together and the counts never drift (DESIGN.md, "Counters from published facts"). Cohort 0 counts
 * everyone of an organisation; a deleted cohort's rows go with it (trigger crd_count_cohort_delete,
 * on this module's own tables).
 *
 * <p>Lock order, as the triggers that did this before kept it: the person's organisation is read
 * with a shared lock (core's {@link AccountDirectory#organisationOfLocked}) and their cohort
 * memberships with shared locks, before any counter row; so a person moving organisation or joining
 * a cohort at the same time waits or is waited for instead of being counted twice or not at all.
 * What a person already has (their enrolments, their graded attempts) is read with shared locks
 * too, the latest committed rows rather than this transaction's snapshot. Then the counter rows:
 * crd_completion_count, then crd_completion_due, then crd_quiz_count, each statement writing its
 * rows in primary-key order (cohort 0 first in the tables keyed by cohort). Every writer takes them
 * in that one order, so two writers of counters never wait for each other in a circle; the triggers
 * took old before new key, which two opposite due-date moves could still cross.
 */
@ApplicationScoped
@Transactional
public class CompletionCounters {

  /**
   * The counters' observers run after every other observer of the same event (default priority
   * {@code APPLICATION + 500}): a counter row is shared by everyone of an organisation, and its
   * lock is held until the writing transaction commits, so taking it last keeps the organisation's
   * other submits waiting for the commit only, not for the rest of the submit's work as well (a
   * hall of one academy submitting together, ops/BENCHMARKS.md §3).
   */
  static final int LAST = Interceptor.Priority.APPLICATION + 1000;

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory accounts;
  @Inject EnrolmentChanges enrolments;
  @Inject GradedAttempts attempts;

  /** An enrolment made, started, completed, given another due date, restarted or closed. */
  void enrolmentChanged(@Observes @Priority(LAST) EnrolmentChanged change) {
    long organisation = accounts.organisationOfLocked(change.accountId());
    Counts counts = new Counts();
    counts.change(change, organisation, cohortsOf(change.accountId()));
    counts.write();
  }

  /**
   * Many enrolments changed by one set statement (a cohort's assignment, a batch at a time): the
   * same as each {@link EnrolmentChanged} alone, in the same lock order (every person's
   * organisation, then every person's cohorts, then the counter rows once), summed into one write.
   */
  void enrolmentsChanged(@Observes @Priority(LAST) EnrolmentsChanged batch) {
    List<Long> people =
        batch.changes().stream().map(EnrolmentChanged::accountId).distinct().sorted().toList();
    Map<Long, Long> organisations = accounts.organisationsOfLocked(people);
    Map<Long, List<Long>> cohorts = cohortsOf(people);
    Counts counts = new Counts();
    for (EnrolmentChanged change : batch.changes()) {
      counts.change(
          change,
          organisations.get(change.accountId()),
          cohorts.getOrDefault(change.accountId(), List.of(0L)));
    }
    counts.write();
  }

  /** An attempt graded: it counts once, where it was taken (its context). */
  void attemptGraded(@Observes @Priority(LAST) AttemptGraded graded) {
    attempts(
        new GradedAttempts.Total(
            graded.learnerId(),
            graded.quizId(),
            graded.contextId(),
            1,
            graded.passed() ? 1 : 0,
            graded.scorePercent()));
  }

  /**
   * A coordinator overrode an attempt's grade: it stays one attempt where it was taken, and counts
   * with the new grade instead of the one it counted with.
   */
  void attemptRegraded(@Observes @Priority(LAST) AttemptRegraded regraded) {
    attempts(
        new GradedAttempts.Total(
            regraded.learnerId(),
            regraded.quizId(),
            regraded.contextId(),
            0,
            (regraded.passedAfter() ? 1 : 0) - (regraded.passedBefore() ? 1 : 0),
            regraded.scoreAfter() - regraded.scoreBefore()));
  }

  /** Adds a change of one learner's graded attempts to every cohort of theirs. */
  private void attempts(GradedAttempts.Total change) {
    long organisation = accounts.organisationOfLocked(change.learnerId());
    Counts counts = new Counts();
    for (long cohort : cohortsOf(change.learnerId())) {
      counts.attempts(cohort, organisation, change, 1);
    }
    counts.write();
  }

  /** A person moved organisation: everything of theirs moves along, in every cohort of theirs. */
  void accountMoved(@Observes AccountMoved moved) {
    List<Long> cohorts = cohortsOf(moved.accountId());
    everything(moved.accountId(), cohorts, moved.fromOrganisationId(), -1)
        .add(everything(moved.accountId(), cohorts, moved.toOrganisationId(), 1))
        .write();
  }

  /**
   * Every uncompleted enrolment of a course started over: in every counter row of the course, the
   * started become not started. Set-based over this module's rows (indexes (course_id, status)).
   */
  void enrolmentsRestarted(@Observes EnrolmentsRestarted restarted) {
    long course = restarted.courseId();
    update(
        "INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)"
            + " SELECT s.cohort_id, s.organisation_id, s.course_id, 'N', s.n"
            + " FROM crd_completion_count s WHERE s.course_id = ?1 AND s.status = 'S' AND s.n <> 0"
            + " ORDER BY s.cohort_id, s.organisation_id"
            + " ON DUPLICATE KEY UPDATE n = crd_completion_count.n + VALUES(n)",
        course);
    update("UPDATE crd_completion_count SET n = 0 WHERE course_id = ?1 AND status = 'S'", course);
    update(
        "INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)"
            + " SELECT s.due_on, s.cohort_id, s.organisation_id, s.course_id, 'N', s.n"
            + " FROM crd_completion_due s WHERE s.course_id = ?1 AND s.status = 'S'"
            + " ORDER BY s.due_on, s.cohort_id, s.organisation_id"
            + " ON DUPLICATE KEY UPDATE n = crd_completion_due.n + VALUES(n)",
        course);
    update("DELETE FROM crd_completion_due WHERE course_id = ?1 AND status = 'S'", course);
  }

  /** A person joined a cohort (the membership row written): their counts join it. */
  public void joined(long cohortId, long accountId) {
    member(cohortId, accountId, 1);
  }

  /** A person left a cohort (the membership row deleted): their counts leave it. */
  public void left(long cohortId, long accountId) {
    member(cohortId, accountId, -1);
  }

  private void member(long cohortId, long accountId, int sign) {
    everything(accountId, List.of(cohortId), accounts.organisationOfLocked(accountId), sign)
        .write();
  }

  /**
   * All a person's active enrolments and graded attempts, once for each of {@code cohorts}, at
   * {@code organisation}, times sign.
   */
  private Counts everything(long accountId, List<Long> cohorts, long organisation, int sign) {
    Counts counts = new Counts();
    List<EnrolmentChanges.Counted> enrolled = enrolments.countedOf(accountId);
    List<GradedAttempts.Total> graded = attempts.of(accountId);
    for (long cohort : cohorts) {
      for (EnrolmentChanges.Counted e : enrolled) {
        counts.enrolment(cohort, organisation, e.courseId(), e.standing(), sign);
      }
      for (GradedAttempts.Total t : graded) {
        counts.attempts(cohort, organisation, t, sign);
      }
    }
    return counts;
  }

  /** Cohort 0 and the person's cohorts in id order, read with shared locks. */
  private List<Long> cohortsOf(long accountId) {
    List<Long> cohorts = new ArrayList<>();
    cohorts.add(0L);
    for (Object id :
        em.createNativeQuery(
                "SELECT cohort_id FROM crd_cohort_member WHERE account_id = ?1"
                    + " ORDER BY cohort_id LOCK IN SHARE MODE")
            .setParameter(1, accountId)
            .getResultList()) {
      cohorts.add(((Number) id).longValue());
    }
    return cohorts;
  }

  /** Cohort 0 and each person's cohorts in id order, by person, read with shared locks. */
  private Map<Long, List<Long>> cohortsOf(List<Long> accountIds) {
    Map<Long, List<Long>> cohorts = new HashMap<>();
    for (long id : accountIds) {
      cohorts.put(id, new ArrayList<>(List.of(0L)));
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT account_id, cohort_id FROM crd_cohort_member WHERE account_id IN ("
                    + SqlIds.list(accountIds)
                    + ") ORDER BY account_id, cohort_id LOCK IN SHARE MODE")
            .getResultList()) {
      Object[] r = (Object[]) row;
      cohorts.get(((Number) r[0]).longValue()).add(((Number) r[1]).longValue());
    }
    return cohorts;
  }

  private int update(String sql, Object... params) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.executeUpdate();
  }

  /** The deltas of one write, summed per counter row, written in primary-key order. */
  private final class Counts {
    /** (cohort, organisation, course, status) -> n */
    final Map<List<Object>, long[]> completion = new TreeMap<>(KEY_ORDER);

    /** (due_on, cohort, organisation, course, status) -> n */
    final Map<List<Object>, long[]> due = new TreeMap<>(KEY_ORDER);

    /** (cohort, organisation, quiz, context) -> attempts, passed, score_sum */
    final Map<List<Object>, long[]> quiz = new TreeMap<>(KEY_ORDER);

    /** One enrolment's change, in every cohort of its person. */
    void change(EnrolmentChanged change, long organisation, List<Long> cohorts) {
      for (long cohort : cohorts) {
        if (change.before() != null) {
          enrolment(cohort, organisation, change.courseId(), change.before(), -1);
        }
        if (change.after() != null) {
          enrolment(cohort, organisation, change.courseId(), change.after(), 1);
        }
      }
    }

    void enrolment(long cohort, long organisation, long course, Standing standing, int sign) {
      String status = code(standing.stage());
      sum(completion, List.of(cohort, organisation, course, status), sign);
      if (standing.dueOn() != null) {
        sum(due, List.of(standing.dueOn(), cohort, organisation, course, status), sign);
      }
    }

    void attempts(long cohort, long organisation, GradedAttempts.Total t, int sign) {
      sum(
          quiz,
          List.of(cohort, organisation, t.quizId(), t.contextId()),
          sign * t.attempts(),
          sign * t.passed(),
          sign * t.scoreSum());
    }

    Counts add(Counts other) {
      other.completion.forEach((k, v) -> sum(completion, k, v));
      other.due.forEach((k, v) -> sum(due, k, v));
      other.quiz.forEach((k, v) -> sum(quiz, k, v));
      return this;
    }

    void write() {
      completion.values().removeIf(v -> v[0] == 0);
      due.values().removeIf(v -> v[0] == 0);
      quiz.values().removeIf(v -> v[0] == 0 && v[1] == 0 && v[2] == 0);
      upsert(
          "crd_completion_count (cohort_id, organisation_id, course_id, status, n)",
          "n = n + VALUES(n)",
          completion);
      upsert(
          "crd_completion_due (due_on, cohort_id, organisation_id, course_id, status, n)",
          "n = n + VALUES(n)",
          due);
      upsert(
          "crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id, attempts, passed,"
              + " score_sum)",
          "attempts = attempts + VALUES(attempts), passed = passed + VALUES(passed),"
              + " score_sum = score_sum + VALUES(score_sum)",
          quiz);
      // a due date's row that counts nothing goes, so past dates keep only what is overdue now
      for (Map.Entry<List<Object>, long[]> e : due.entrySet()) {
        if (e.getValue()[0] < 0) {
          List<Object> k = e.getKey();
          update(
              "DELETE FROM crd_completion_due WHERE due_on = ?1 AND cohort_id = ?2"
                  + " AND organisation_id = ?3 AND course_id = ?4 AND status = ?5 AND n = 0",
              k.toArray());
        }
      }
    }

    private void upsert(String into, String onDuplicate, Map<List<Object>, long[]> rows) {
      if (rows.isEmpty()) {
        return;
      }
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(into).append(" VALUES ");
      List<Object> params = new ArrayList<>();
      for (Map.Entry<List<Object>, long[]> e : rows.entrySet()) {
        sql.append(params.isEmpty() ? "(" : ", (");
        List<Object> values = new ArrayList<>(e.getKey());
        for (long v : e.getValue()) {
          values.add(v);
        }
        for (int i = 0; i < values.size(); i++) {
          params.add(values.get(i));
          sql.append(i == 0 ? "?" : ", ?").append(params.size());
        }
        sql.append(')');
      }
      sql.append(" ON DUPLICATE KEY UPDATE ").append(onDuplicate);
      update(sql.toString(), params.toArray());
    }
  }

  private static void sum(Map<List<Object>, long[]> rows, List<Object> key, long... delta) {
    long[] sums = rows.computeIfAbsent(key, k -> new long[delta.length]);
    for (int i = 0; i < delta.length; i++) {
      sums[i] += delta[i];
    }
  }

  private static String code(Stage stage) {
    return switch (stage) {
      case NOT_STARTED -> "N";
      case STARTED -> "S";
      case COMPLETED -> "C";
    };
  }

  /** Primary-key order of counter rows: column by column, dates, numbers and codes as in SQL. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Comparator<List<Object>> KEY_ORDER =
      (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          int c = ((Comparable) a.get(i)).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };
}
