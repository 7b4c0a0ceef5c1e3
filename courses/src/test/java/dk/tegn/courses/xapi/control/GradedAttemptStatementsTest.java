package dk.tegn.courses.xapi.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.xapi.entity.OutboxStatement;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Graded attempts become statements in the background, read behind xAPI's own cursor: one that
 * commits after the cursor has passed its place in the order of grading still gets its statements,
 * once; a run reads a bounded batch. The attempts are real rows of assessments' tables, written
 * here as a submit leaves them (this test's own SQL: the main code reads them only through {@code
 * GradedAnswers}).
 */
class GradedAttemptStatementsTest {

  static final String ADL = "http://adlnet.gov/expapi/verbs/";

  final CoursesTestKit kit = new CoursesTestKit().observing(XapiRecorder.class);
  final Org org = kit.organisation(1);
  final long learner = org.traineeIds().get(0);
  final String unique = UUID.randomUUID().toString().substring(0, 8);
  final long quizId = quiz();
  final long courseId =
      kit.publishedAndEnrolled(org, quizId, learner, LocalDate.parse("2026-12-31"));
  final Instant now = SampleCourses.NOW.plusSeconds(3600);
  int attempts;

  @BeforeEach
  void cursorStartsAfresh() {
    kit.at(now);
    JpaTestSupport.run(
        CoursesTestKit.emf(),
        em -> {
          // the graded attempts of earlier tests would be read again: only this test's count
          em.createNativeQuery("DELETE FROM asm_attempt").executeUpdate();
          em.createNativeQuery("DELETE FROM crs_xapi_cursor").executeUpdate();
        });
  }

  @Test
  void anAttemptThatCommitsAfterTheCursorPassedItsPlaceStillGetsItsStatementsOnce() {
    long onTime = attempt(now.minusSeconds(5), 80, 1.0, 0.6);
    assertEquals(1, recordBatch(), "the attempt graded 5 s ago");
    assertEquals(3, statementsOf(onTime).size(), "two answered, one passed");

    // graded 10 s ago, before the one already read, but its transaction commits only now
    long late = attempt(now.minusSeconds(10), 25, 0.5, 0.0);
    assertEquals(0, recordBatch(), "nothing new after the cursor");
    List<JsonObject> lateOnes = statementsOf(late);
    assertEquals(
        List.of(ADL + "answered", ADL + "answered", ADL + "failed"),
        lateOnes.stream().map(s -> s.getJsonObject("verb").getString("id")).toList());
    assertEquals(now.minusSeconds(10).toString(), lateOnes.get(2).getString("timestamp"));
    assertEquals(
        0.25,
        lateOnes
            .get(2)
            .getJsonObject("result")
            .getJsonObject("score")
            .getJsonNumber("scaled")
            .doubleValue());
    assertTrue(
        lateOnes.get(0).getJsonObject("context").containsKey("registration"),
        "in the course the learner is enrolled in");

    recordBatch();
    assertEquals(3, statementsOf(onTime).size(), "read again, stored once");
    assertEquals(3, statementsOf(late).size(), "read again, stored once");
  }

  @Test
  void aRunReadsABoundedBatchAndTheNextGoesOnFromThere() {
    int more = 5;
    for (int i = 0; i < GradedAttemptStatements.BATCH + more; i++) {
      attempt(now.minusSeconds(30), 100, 1.0, 1.0);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    assertEquals(GradedAttemptStatements.BATCH, recordBatch());
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    // what a submit paid before in its own transaction (ops/BENCHMARKS.md §3, session 14)
    System.out.printf(
        "[xapi] %d graded attempts recorded in the background: %.2f ms of this thread's CPU each%n",
        GradedAttemptStatements.BATCH, cpu / 1e6 / GradedAttemptStatements.BATCH);
    XapiRun run = new XapiRun();
    assertEquals(more, recordBatch(run));
    assertEquals(0, recordBatch(run));
    assertEquals(GradedAttemptStatements.BATCH + more, run.handled(), "all behind the cursor now");

    // a later batch of a run against the first batch of a run, alternated (session 15)
    long[] took = new long[2];
    for (int i = 0; i < 10; i++) {
      XapiRun way = i % 2 == 0 ? new XapiRun() : run;
      long c0 = threads.getCurrentThreadCpuTime();
      assertEquals(0, recordBatch(way));
      took[i % 2] += threads.getCurrentThreadCpuTime() - c0;
    }
    System.out.printf(
        "[xapi] a batch with %d recorded attempts in the minute behind the cursor: %.2f ms CPU as"
            + " a run's first batch, %.2f ms as a later batch of the run%n",
        GradedAttemptStatements.BATCH + more, took[0] / 5e6, took[1] / 5e6);
    long stored =
        JpaTestSupport.inTransaction(
            CoursesTestKit.emf(),
            em ->
                em.createQuery(
                        "select count(s) from OutboxStatement s where s.organisationId = :o",
                        Long.class)
                    .setParameter("o", org.id())
                    .getSingleResult());
    assertEquals(3L * (GradedAttemptStatements.BATCH + more), stored, "each attempt once");
  }

  /**
   * The batches of one run remember what the run handled: an attempt recorded by its first batch is
   * neither looked up nor read again by its later ones (its statements are deleted here to see it;
   * a new run records them again), while an attempt that commits late between two batches is still
   * found.
   */
  @Test
  void theBatchesOfARunSkipWhatTheRunHandledAndStillCatchALateCommit() {
    aRunSkipsWhatItHandledAndStillCatchesALateCommit(3, this::recordBatch);
  }

  /** The run's memory, for a reader that records {@code each} statements per attempt. */
  private void aRunSkipsWhatItHandledAndStillCatchesALateCommit(
      int each, ToIntFunction<XapiRun> batch) {
    long first = attempt(now.minusSeconds(5), 80, 1.0, 0.6);
    XapiRun run = new XapiRun();
    assertEquals(1, batch.applyAsInt(run));
    assertEquals(each, statementsOf(first).size());
    JpaTestSupport.run(
        CoursesTestKit.emf(),
        em ->
            em.createNativeQuery("DELETE FROM crs_xapi_statement WHERE organisation_id = ?")
                .setParameter(1, org.id())
                .executeUpdate());

    long late = attempt(now.minusSeconds(10), 25, 0.5, 0.0);
    assertEquals(0, batch.applyAsInt(run), "nothing new after the cursor");
    assertEquals(each, statementsOf(late).size(), "the late commit is caught within the run");
    assertEquals(0, statementsOf(first).size(), "handled by the run: not looked up again");
    assertEquals(2, run.handled());

    assertEquals(0, batch.applyAsInt(new XapiRun()));
    assertEquals(each, statementsOf(first).size(), "a new run looks it up and records it again");
    assertEquals(each, statementsOf(late).size(), "stored once");
  }

  private int recordBatch(XapiRun run) {
    return kit.as(org.coordinator(), b -> b.get(GradedAttemptStatements.class).recordBatch(run));
  }

  @Test
  void aStartedAttemptGetsItsAttemptedStatementOnceEvenWhenItCommitsLate() {
    long onTime = attempt(now.minusSeconds(5), 80, 1.0, 0.6);
    assertEquals(1, recordStarted(), "the attempt started 5 min 5 s ago");
    assertEquals(
        List.of(ADL + "attempted"),
        statementsOf(onTime).stream().map(s -> s.getJsonObject("verb").getString("id")).toList());

    // started before the one already read, but committed only now
    long late = attempt(now.minusSeconds(10), 25, 0.5, 0.0);
    assertEquals(0, recordStarted(), "nothing new after the cursor");
    List<JsonObject> lateOnes = statementsOf(late);
    assertEquals(1, lateOnes.size());
    assertEquals(ADL + "attempted", lateOnes.get(0).getJsonObject("verb").getString("id"));
    assertEquals(
        now.minusSeconds(10).minusSeconds(300).toString(),
        lateOnes.get(0).getString("timestamp"),
        "stamped when it started");
    assertTrue(lateOnes.get(0).getJsonObject("context").containsKey("registration"));

    recordStarted();
    assertEquals(1, statementsOf(onTime).size(), "read again, stored once");
    assertEquals(1, statementsOf(late).size(), "read again, stored once");
  }

  @Test
  void startedAttemptsAreRecordedInBatchesAtACostPerAttemptTheStartNoLongerPays() {
    int count = 100;
    long last = 0;
    for (int i = 0; i < count; i++) {
      last = attempt(now.minusSeconds(30), 100, 1.0, 1.0);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    assertEquals(count, recordStarted());
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    // what each start paid before in its own transaction (ops/BENCHMARKS.md §3, session 15)
    System.out.printf(
        "[xapi] %d started attempts recorded in the background: %.2f ms of this thread's CPU each%n",
        count, cpu / 1e6 / count);
    assertEquals(0, recordStarted());
    assertEquals(1, statementsOf(last).size(), "the last one once");
  }

  /**
   * The started reader's batches share their run's memory as the graded reader's do: one {@link
   * XapiRun} for both readers.
   */
  @Test
  void theBatchesOfAStartedRunSkipWhatTheRunHandledAndStillCatchALateCommit() {
    aRunSkipsWhatItHandledAndStillCatchesALateCommit(1, this::recordStarted);
  }

  private int recordStarted(XapiRun run) {
    return kit.as(org.coordinator(), b -> b.get(StartedAttemptStatements.class).recordBatch(run));
  }

  private int recordStarted() {
    return kit.as(org.coordinator(), b -> b.get(StartedAttemptStatements.class).recordBatch());
  }

  private int recordBatch() {
    return kit.as(org.coordinator(), b -> b.get(GradedAttemptStatements.class).recordBatch());
  }

  /** The attempt's statements, as stored, in the order stored. */
  private List<JsonObject> statementsOf(long attemptId) {
    return JpaTestSupport.inTransaction(
            CoursesTestKit.emf(),
            em ->
                em.createQuery(
                        "select s from OutboxStatement s where s.organisationId = :o order by s.id",
                        OutboxStatement.class)
                    .setParameter("o", org.id())
                    .getResultList())
        .stream()
        .map(s -> JSON.createReader(new StringReader(s.getBody())).readObject())
        .filter(s -> s.getJsonObject("context").containsKey("extensions"))
        .filter(
            s ->
                s.getJsonObject("context")
                        .getJsonObject("extensions")
                        .getJsonNumber(Statements.ATTEMPT_EXTENSION)
                        .longValue()
                    == attemptId)
        .toList();
  }

  /** A quiz of two questions, as assessments stores one. */
  private long quiz() {
    return JpaTestSupport.inTransaction(
        CoursesTestKit.emf(),
        em -> {
          sql(
              em,
              "INSERT INTO asm_category (organisation_id, code, name, created_at)"
                  + " VALUES (?, ?, '{}', NOW())",
              org.id(),
              "x" + unique);
          long category = lastId(em);
          for (int q = 1; q <= 2; q++) {
            sql(
                em,
                "INSERT INTO asm_question (category_id, code, current_number, created_at)"
                    + " VALUES (?, ?, 1, NOW())",
                category,
                "q" + q);
            long question = lastId(em);
            sql(
                em,
                "INSERT INTO asm_question_version (question_id, number, type, text,"
                    + " general_feedback, content, created_at) VALUES (?, 1, 'TRUE_FALSE', '{}',"
                    + " '{}', '{}', NOW())",
                question);
          }
          sql(
              em,
              "INSERT INTO asm_quiz (organisation_id, code, title, pass_mark_percent,"
                  + " grading_method, review_score, review_right_answers, review_feedback,"
                  + " created_at) VALUES (?, ?, '{}', 50, 'HIGHEST', 'AFTER', 'AFTER', 'AFTER',"
                  + " NOW())",
              org.id(),
              "x" + unique);
          return lastId(em);
        });
  }

  /**
   * A graded attempt of the learner at the quiz, as a submit commits it: slot 1 answered with the
   * first credit, slot 2 answered when its credit is above 0.
   */
  private long attempt(Instant gradedAt, int score, double first, double second) {
    int number = ++attempts;
    return JpaTestSupport.inTransaction(
        CoursesTestKit.emf(),
        em -> {
          LocalDateTime at = LocalDateTime.ofInstant(gradedAt, ZoneOffset.UTC);
          sql(
              em,
              "INSERT INTO asm_attempt (quiz_id, learner_id, context_id, number, state, seed,"
                  + " started_at, submitted_at, finished_by, fraction, score_percent, passed)"
                  + " VALUES (?, ?, ?, ?, 'SUBMITTED', 1, ?, ?, 'LEARNER', ?, ?, ?)",
              quizId,
              learner,
              courseId,
              number,
              at.minusMinutes(5),
              at,
              score / 100.0,
              score,
              score >= 50);
          long attemptId = lastId(em);
          double[] credits = {first, second};
          for (int slot = 1; slot <= 2; slot++) {
            sql(
                em,
                "INSERT INTO asm_attempt_slot (attempt_id, slot, question_version_id,"
                    + " presentation, fraction) SELECT ?, ?, v.id, '{}', ? FROM"
                    + " asm_question_version v JOIN asm_question q ON q.id = v.question_id"
                    + " JOIN asm_category c ON c.id = q.category_id WHERE c.code = ? AND q.code = ?",
                attemptId,
                slot,
                credits[slot - 1],
                "x" + unique,
                "q" + slot);
            if (slot == 1 || credits[slot - 1] > 0) {
              sql(
                  em,
                  "INSERT INTO asm_answer (attempt_id, slot, response, saved_at) VALUES (?, ?,"
                      + " '{}', ?)",
                  attemptId,
                  slot,
                  at);
            }
          }
          return attemptId;
        });
  }

  private static void sql(jakarta.persistence.EntityManager em, String sql, Object... values) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    query.executeUpdate();
  }

  private static long lastId(jakarta.persistence.EntityManager em) {
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }
}
