package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.tegn.coordination.coordinator.CoordinationKit.Caller;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.control.CompletionReport;
import dk.tegn.coordination.coordinator.control.Figures;
import dk.tegn.coordination.coordinator.control.ReportFilter;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.courses.enrolment.control.Enrolments;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's counters (coordination migration V2, triggers in R__) against the live
 * aggregation of the same rows: after every kind of change the counted figures must be exactly what
 * counting the enrolments and attempts gives. The live path is what a report limited to dates runs,
 * so a date range that holds every row asks for it.
 */
class CompletionCountsTest {

  private final CoordinationKit kit = new CoordinationKit();

  @Test
  void countedFiguresEqualTheLiveCountAfterEveryKindOfChange() {
    Org org = kit.organisation(6);
    Org other = kit.organisation(2);
    long course = kit.course(org.id(), false, 24);
    long second = kit.course(org.id(), false, null);
    long quiz = quizIn(course, org.id());
    Caller national = Caller.nationalCoordinator(org.coordinatorId(), org.id());
    long[] cohorts = new long[2];
    kit.as(
        org.coordinator(),
        w -> {
          Cohorts service = w.get(Cohorts.class);
          cohorts[0] = service.create(org.id(), "Hold A " + org.suffix()).getId();
          cohorts[1] = service.create(org.id(), "Hold B " + org.suffix()).getId();
          for (int i = 0; i < 4; i++) {
            service.addMember(cohorts[0], org.traineeIds().get(i));
          }
          service.addMember(cohorts[1], org.traineeIds().get(3));
          service.addMember(cohorts[1], org.traineeIds().get(4));
          Assignments assignments = w.get(Assignments.class);
          assignments.assignToCohort(cohorts[0], course, LocalDate.parse("2027-03-10"));
          assignments.assignToCohort(cohorts[1], second, null);
          return null;
        });
    Consumer<String> agree =
        stage -> {
          for (ReportFilter f :
              List.of(
                  ReportFilter.of(null, null, null),
                  ReportFilter.of(org.id(), null, null),
                  ReportFilter.of(org.id(), course, null),
                  ReportFilter.of(null, null, cohorts[0]),
                  ReportFilter.of(null, second, cohorts[1]),
                  audience(ReportFilter.of(org.id(), null, null), "POLICE"),
                  audience(ReportFilter.of(org.id(), null, null), "EMBASSY_CONSULAR"))) {
            assertSame(stage, national, f);
          }
          assertSame(stage, org.coordinator(), ReportFilter.of(null, null, null));
          assertSame(stage, other.coordinator(), ReportFilter.of(null, null, null));
          assertNoEmptyDueRows(stage);
        };
    agree.accept("assigned");

    kit.as(
        org.coordinator(),
        w -> {
          Enrolments enrolments = w.get(Enrolments.class);
          enrolments.active(org.traineeIds().get(0), course).visit(1L, kit.now());
          enrolments
              .active(org.traineeIds().get(1), course)
              .complete(kit.now(), kit.now().plus(Duration.ofDays(40)));
          enrolments.active(org.traineeIds().get(2), course).visit(1L, kit.now());
          enrolments.active(org.traineeIds().get(4), second).visit(1L, kit.now());
          return null;
        });
    agree.accept("started and completed through JPA");

    kit.at(Instant.parse("2027-03-20T09:00:00Z"));
    agree.accept("ten days after the due date, nothing written");

    sql(
        "UPDATE crs_enrolment SET completed_at = ?1, expires_at = ?2 WHERE account_id = ?3"
            + " AND course_id = ?4 AND active = TRUE",
        kit.now(),
        kit.now().plus(Duration.ofDays(700)),
        org.traineeIds().get(2),
        course);
    kit.as(
        org.coordinator(),
        w -> {
          Enrolments enrolments = w.get(Enrolments.class);
          enrolments.active(org.traineeIds().get(3), course).changeDueDate(null);
          enrolments.active(org.traineeIds().get(0), course).moveTo(2);
          enrolments.active(org.traineeIds().get(4), second).close(kit.now());
          return null;
        });
    agree.accept("an overdue enrolment completed by SQL, a due date removed, a restart, a close");

    attempt(quiz, org.traineeIds().get(0), 1, "SUBMITTED", 80, true);
    attempt(quiz, org.traineeIds().get(3), 1, "SUBMITTED", 40, false);
    long open = attempt(quiz, org.traineeIds().get(5), 1, "IN_PROGRESS", null, null);
    agree.accept("attempts graded and one open");
    sql(
        "UPDATE asm_attempt SET state = 'SUBMITTED', score_percent = 55, passed = TRUE"
            + " WHERE id = ?1",
        open);
    sql("UPDATE asm_attempt SET score_percent = 45, passed = FALSE WHERE id = ?1", open);
    agree.accept("an open attempt submitted, then regraded");

    kit.as(
        org.coordinator(),
        w -> {
          Cohorts service = w.get(Cohorts.class);
          service.addMember(cohorts[1], org.traineeIds().get(0));
          service.removeMember(cohorts[0], org.traineeIds().get(3));
          return null;
        });
    agree.accept("a person joined one cohort and another left one");

    sql(
        "UPDATE plt_account SET organisation_id = ?1 WHERE id = ?2",
        other.id(),
        org.traineeIds().get(1));
    sql(
        "UPDATE plt_account SET organisation_id = ?1 WHERE id = ?2",
        other.id(),
        org.traineeIds().get(3));
    agree.accept("two people moved to another organisation");

    sql("DELETE FROM asm_attempt WHERE id = ?1", open);
    long extra =
        kit.as(
            org.coordinator(),
            w -> w.get(Enrolments.class).enrol(org.traineeIds().get(5), second, null).getId());
    agree.accept("an attempt deleted, a person enrolled without a due date");
    sql("DELETE FROM crs_enrolment WHERE id = ?1", extra);
    long deleted = cohorts[1];
    sql("DELETE FROM crd_cohort WHERE id = ?1", deleted);
    // a deleted cohort cannot be asked for (404): the checks filter by the remaining one instead
    cohorts[1] = cohorts[0];
    agree.accept("an enrolment deleted and a cohort deleted with its members");
    assertEquals(
        0L,
        ((Number)
                kit.as(
                    null,
                    w ->
                        w.em()
                            .createNativeQuery(
                                "SELECT COUNT(*) FROM crd_completion_count WHERE cohort_id = ?1")
                            .setParameter(1, deleted)
                            .getSingleResult()))
            .longValue(),
        "a deleted cohort leaves no counters");
  }

  /**
   * Issue 17, defect 11: a quiz in two courses. Attempts taken in the first course count for it
   * alone (the second, new course shows none); one taken outside a course counts for both; the
   * counters and the live count agree.
   */
  @Test
  void aQuizSharedByTwoCoursesCountsEachAttemptForTheCourseItWasTakenIn() {
    Org org = kit.organisation(3);
    long first = kit.course(org.id(), false, null);
    long fresh = kit.course(org.id(), false, null);
    long quiz = quizIn(first, org.id());
    quizItem(fresh, quiz);
    attempt(quiz, first, org.traineeIds().get(0), 1, "SUBMITTED", 60, true);
    attempt(quiz, first, org.traineeIds().get(0), 2, "SUBMITTED", 96, true);
    attempt(quiz, first, org.traineeIds().get(1), 1, "SUBMITTED", 30, false);
    ReportFilter filter = ReportFilter.of(org.id(), null, null);
    assertEquals(
        List.of(first + ": 3 attempts, 2 passed, average 62.0"),
        quizzes(
            kit.as(org.coordinator(), w -> w.get(CompletionReport.class).quizzes(filter, "da"))),
        "the new course shows no attempts");
    assertSame("attempts in one course", org.coordinator(), filter);

    attempt(quiz, 0, org.traineeIds().get(2), 1, "SUBMITTED", 90, true);
    assertEquals(
        List.of(
            first + ": 4 attempts, 3 passed, average 69.0",
            fresh + ": 1 attempts, 1 passed, average 90.0"),
        quizzes(
            kit.as(org.coordinator(), w -> w.get(CompletionReport.class).quizzes(filter, "da"))),
        "an attempt outside a course counts for both");
    assertSame("and one outside a course", org.coordinator(), filter);
  }

  @Test
  void theCountedPathServesTheDashboardAndCountsTheOverdueAsOfToday() {
    Org org = kit.organisation(3);
    long course = kit.course(org.id(), false, null);
    kit.as(
        org.coordinator(),
        w -> {
          for (long t : org.traineeIds()) {
            w.get(Assignments.class).assignToPerson(t, course, LocalDate.parse("2027-03-05"));
          }
          return null;
        });
    ReportFilter filter = ReportFilter.of(org.id(), null, null);
    assertFalse(CompletionReport.hasDates(filter));
    Figures before = perCourse(org.coordinator(), filter).get(0);
    assertEquals(3, before.getNotStarted());
    assertEquals(0, before.getOverdue());
    kit.at(Instant.parse("2027-03-06T08:00:00Z"));
    Figures after = perCourse(org.coordinator(), filter).get(0);
    assertEquals(0, after.getNotStarted());
    assertEquals(3, after.getOverdue());
    assertEquals(
        List.of(course),
        List.copyOf(
            kit.as(org.coordinator(), w -> w.get(CompletionReport.class).courses(filter, "da"))
                .keySet()));
  }

  private List<Figures> perCourse(Caller caller, ReportFilter filter) {
    return kit.as(caller, w -> w.get(CompletionReport.class).perCourse(filter, "en"));
  }

  /** The counted figures and the live ones (asked for with dates that hold every row) agree. */
  private void assertSame(String stage, Caller caller, ReportFilter filter) {
    ReportFilter live =
        audience(
            ReportFilter.of(filter.getOrganisationId(), filter.getCourseId(), filter.getCohortId()),
            filter.getAudience());
    live.setFrom(LocalDate.parse("2000-01-01"));
    live.setTo(LocalDate.parse("2100-01-01"));
    String context = stage + ", filter " + describe(filter);
    kit.as(
        caller,
        w -> {
          CompletionReport report = w.get(CompletionReport.class);
          assertEquals(
              figures(report.perCourse(live, "da")),
              figures(report.perCourse(filter, "da")),
              "per course: " + context);
          assertEquals(
              figures(report.perCohort(live, "da")),
              figures(report.perCohort(filter, "da")),
              "per cohort: " + context);
          assertEquals(
              quizzes(report.quizzes(live, "da")),
              quizzes(report.quizzes(filter, "da")),
              "quizzes: " + context);
          return null;
        });
  }

  private void assertNoEmptyDueRows(String stage) {
    Number empty =
        kit.as(
            null,
            w ->
                (Number)
                    w.em()
                        .createNativeQuery("SELECT COUNT(*) FROM crd_completion_due WHERE n <= 0")
                        .getSingleResult());
    assertEquals(0L, empty.longValue(), "due rows counting nothing: " + stage);
  }

  private static ReportFilter audience(ReportFilter filter, String audience) {
    filter.setAudience(audience);
    return filter;
  }

  private static String describe(ReportFilter f) {
    return "organisation="
        + f.getOrganisationId()
        + " course="
        + f.getCourseId()
        + " cohort="
        + f.getCohortId()
        + " audience="
        + f.getAudience();
  }

  private static List<String> figures(List<Figures> figures) {
    return figures.stream()
        .map(
            f ->
                f.getCohortId()
                    + "/"
                    + f.getCohort()
                    + "/"
                    + f.getCourseId()
                    + ": "
                    + f.getNotStarted()
                    + " not started, "
                    + f.getInProgress()
                    + " in progress, "
                    + f.getCompleted()
                    + " completed, "
                    + f.getOverdue()
                    + " overdue")
        .toList();
  }

  private static List<String> quizzes(List<Figures.Quiz> quizzes) {
    return quizzes.stream()
        .map(
            q ->
                q.getCourseId()
                    + ": "
                    + q.getAttempts()
                    + " attempts, "
                    + q.getPassed()
                    + " passed, average "
                    + q.getAverageScore())
        .toList();
  }

  /** A quiz that an item of the course's first module points at. */
  private long quizIn(long course, long organisationId) {
    String code = "counts-" + UUID.randomUUID();
    long quiz =
        kit.as(
            null,
            w -> {
              var em = w.em();
              em.createNativeQuery(
                      "INSERT INTO asm_quiz (organisation_id, code, title, pass_mark_percent,"
                          + " grading_method, review_score, review_right_answers, review_feedback,"
                          + " created_at) VALUES (?1, ?2, '{}', 50, 'HIGHEST', 'NEVER', 'NEVER',"
                          + " 'NEVER', ?3)")
                  .setParameter(1, organisationId)
                  .setParameter(2, code)
                  .setParameter(3, kit.now())
                  .executeUpdate();
              return ((Number)
                      em.createNativeQuery("SELECT id FROM asm_quiz WHERE code = ?1")
                          .setParameter(1, code)
                          .getSingleResult())
                  .longValue();
            });
    quizItem(course, quiz);
    return quiz;
  }

  /** A first module in the course whose one item is the quiz. */
  private void quizItem(long course, long quiz) {
    kit.as(
        null,
        w -> {
          var em = w.em();
          em.createNativeQuery(
                  "INSERT INTO crs_module (course_id, item_key, position, title)"
                      + " VALUES (?1, 1, 1, '{}')")
              .setParameter(1, course)
              .executeUpdate();
          return em.createNativeQuery(
                  "INSERT INTO crs_item (module_id, item_key, position, kind, title, body, story,"
                      + " question, explanation, quiz_id) SELECT id, 2, 1, 'QUIZ', '{}', '{}',"
                      + " '{}', '{}', '{}', ?2 FROM crs_module WHERE course_id = ?1")
              .setParameter(1, course)
              .setParameter(2, quiz)
              .executeUpdate();
        });
  }

  private long attempt(
      long quiz, long learner, int number, String state, Integer score, Boolean passed) {
    return attempt(quiz, 0, learner, number, state, score, passed);
  }

  private long attempt(
      long quiz,
      long context,
      long learner,
      int number,
      String state,
      Integer score,
      Boolean passed) {
    return kit.as(
        null,
        w -> {
          var em = w.em();
          em.createNativeQuery(
                  "INSERT INTO asm_attempt (quiz_id, learner_id, number, state, seed, started_at,"
                      + " submitted_at, score_percent, passed, context_id) VALUES (?1, ?2, ?3, ?4,"
                      + " 1, ?5, ?5, ?6, ?7, ?8)")
              .setParameter(8, context)
              .setParameter(1, quiz)
              .setParameter(2, learner)
              .setParameter(3, number)
              .setParameter(4, state)
              .setParameter(5, kit.now())
              .setParameter(6, score)
              .setParameter(7, passed)
              .executeUpdate();
          return ((Number)
                  em.createNativeQuery(
                          "SELECT id FROM asm_attempt WHERE quiz_id = ?1 AND learner_id = ?2"
                              + " AND number = ?3 AND context_id = ?4")
                      .setParameter(4, context)
                      .setParameter(1, quiz)
                      .setParameter(2, learner)
                      .setParameter(3, number)
                      .getSingleResult())
              .longValue();
        });
  }

  private void sql(String statement, Object... params) {
    kit.as(
        null,
        w -> {
          var query = w.em().createNativeQuery(statement);
          for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
          }
          return query.executeUpdate();
        });
  }
}
