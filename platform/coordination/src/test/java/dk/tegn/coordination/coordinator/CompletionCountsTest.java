package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.control.CompletionReport;
import dk.tegn.coordination.coordinator.control.Figures;
import dk.tegn.coordination.coordinator.control.ReportFilter;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.testing.TestBeans;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's counters (coordination migration V2; kept by CompletionCounters from the facts
 * courses, assessments and core publish) against the live aggregation of the same rows and against
 * a count from scratch: after every kind of write the counted figures must be exactly what counting
 * the enrolments and attempts gives. The live path is what a report limited to dates runs, so a
 * date range that holds every row asks for it.
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
    TestCaller national = TestCaller.national(org.coordinatorId(), org.id(), Role.COORDINATOR);
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
          assertRecounted(stage, org.id(), other.id());
        };
    agree.accept("assigned");

    kit.as(
        org.coordinator(),
        w -> {
          written(w, org.traineeIds().get(0), course, e -> e.visit(1L, kit.now()));
          written(
              w,
              org.traineeIds().get(1),
              course,
              e -> e.complete(kit.now(), kit.now().plus(Duration.ofDays(40))));
          written(w, org.traineeIds().get(2), course, e -> e.visit(1L, kit.now()));
          written(w, org.traineeIds().get(4), second, e -> e.visit(1L, kit.now()));
          return null;
        });
    agree.accept("started and completed");

    kit.as(
        org.coordinator(),
        w ->
            w.get(Assignments.class)
                .assignToCohort(cohorts[0], course, LocalDate.parse("2027-03-15")));
    agree.accept("the cohort's course assigned again, due later (a set statement)");

    kit.at(Instant.parse("2027-03-20T09:00:00Z"));
    agree.accept("ten days after the due date, nothing written");

    kit.as(
        org.coordinator(),
        w -> {
          written(
              w,
              org.traineeIds().get(2),
              course,
              e -> e.complete(kit.now(), kit.now().plus(Duration.ofDays(700))));
          written(w, org.traineeIds().get(3), course, e -> e.changeDueDate(null));
          written(w, org.traineeIds().get(0), course, e -> e.moveTo(2));
          written(w, org.traineeIds().get(4), second, e -> e.close(kit.now()));
          return null;
        });
    agree.accept("an overdue enrolment completed, a due date removed, a restart, a close");

    graded(quiz, 0, org.traineeIds().get(0), 1, 80, true);
    long failed = graded(quiz, 0, org.traineeIds().get(3), 1, 40, false);
    long open = attempt(quiz, org.traineeIds().get(5), 1, "IN_PROGRESS", null, null);
    agree.accept("attempts graded and one open");
    sql(
        "UPDATE asm_attempt SET state = 'SUBMITTED', score_percent = 55, passed = TRUE"
            + " WHERE id = ?1",
        open);
    kit.as(
        null,
        w -> {
          w.fire(new AttemptGraded(org.traineeIds().get(5), quiz, open, 55, true));
          return null;
        });
    agree.accept("the open attempt submitted");
    sql(
        "INSERT INTO asm_grade_override (attempt_id, score_percent, passed, reason, overridden_at)"
            + " VALUES (?1, 85, TRUE, 'oral re-exam', '2027-03-20 10:00:00')",
        failed);
    kit.as(
        null,
        w -> {
          w.fire(
              new AttemptRegraded(
                  org.traineeIds().get(3), quiz, failed, 0, 40, false, 85, true, 85, true));
          return null;
        });
    agree.accept("a failed attempt's grade overridden to a pass");

    kit.as(
        org.coordinator(),
        w -> {
          Cohorts service = w.get(Cohorts.class);
          service.addMember(cohorts[1], org.traineeIds().get(0));
          service.removeMember(cohorts[0], org.traineeIds().get(3));
          return null;
        });
    agree.accept("a person joined one cohort and another left one");

    kit.as(
        null,
        w -> {
          AccountDirectory directory = w.get(AccountDirectory.class);
          directory.move(org.traineeIds().get(1), other.id());
          directory.move(org.traineeIds().get(3), other.id());
          return null;
        });
    agree.accept("two people moved to another organisation");

    kit.as(
        org.coordinator(),
        w -> w.get(Enrolments.class).enrol(org.traineeIds().get(5), second, null).getId());
    kit.as(
        null,
        w ->
            w.get(Enrolments.class)
                .renew(
                    w.get(Enrolments.class).active(org.traineeIds().get(1), course).getId(),
                    LocalDate.parse("2027-06-01"),
                    kit.now()));
    agree.accept("a person enrolled without a due date, a completed enrolment renewed");

    long deleted = cohorts[1];
    sql("DELETE FROM crd_cohort WHERE id = ?1", deleted);
    // a deleted cohort cannot be asked for (404): the checks filter by the remaining one instead
    cohorts[1] = cohorts[0];
    agree.accept("a cohort deleted with its members");
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
   * A course published with "everyone restarts" moves its started enrolments back to not started in
   * one statement (no event per row): the counters follow, and the one completed stays.
   */
  @Test
  void aRestartOfEveryoneMovesTheStartedCountsToNotStarted() {
    Org org = kit.organisation(4);
    long course = kit.publishedCourse(org.id());
    long[] cohort = new long[1];
    kit.as(
        org.coordinator(),
        w -> {
          cohort[0] = w.get(Cohorts.class).create(org.id(), "Hold R " + org.suffix()).getId();
          w.get(Cohorts.class).addMember(cohort[0], org.traineeIds().get(0));
          w.get(Cohorts.class).addMember(cohort[0], org.traineeIds().get(1));
          for (long t : org.traineeIds()) {
            w.get(Assignments.class).assignToPerson(t, course, LocalDate.parse("2027-04-01"));
          }
          written(w, org.traineeIds().get(0), course, e -> e.visit(1L, kit.now()));
          written(w, org.traineeIds().get(2), course, e -> e.visit(1L, kit.now()));
          written(
              w,
              org.traineeIds().get(3),
              course,
              e -> e.complete(kit.now(), kit.now().plus(Duration.ofDays(365))));
          return null;
        });
    ReportFilter filter = ReportFilter.of(org.id(), null, null);
    Figures before = perCourse(org.coordinator(), filter).get(0);
    assertEquals(
        List.of(1L, 2L, 1L),
        List.of(before.getNotStarted(), before.getInProgress(), before.getCompleted()));
    kit.republishWithEveryoneRestarting(course);
    Figures after = perCourse(org.coordinator(), filter).get(0);
    assertEquals(
        List.of(3L, 0L, 1L),
        List.of(after.getNotStarted(), after.getInProgress(), after.getCompleted()));
    assertSame("everyone restarted", org.coordinator(), filter);
    assertSame(
        "everyone restarted, the cohort",
        org.coordinator(),
        ReportFilter.of(org.id(), null, cohort[0]));
    assertRecounted("everyone restarted", org.id());
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
    graded(quiz, first, org.traineeIds().get(0), 1, 60, true);
    graded(quiz, first, org.traineeIds().get(0), 2, 96, true);
    graded(quiz, first, org.traineeIds().get(1), 1, 30, false);
    ReportFilter filter = ReportFilter.of(org.id(), null, null);
    assertEquals(
        List.of(first + ": 3 attempts, 2 passed, average 62.0"),
        quizzes(
            kit.as(org.coordinator(), w -> w.get(CompletionReport.class).quizzes(filter, "da"))),
        "the new course shows no attempts");
    assertSame("attempts in one course", org.coordinator(), filter);

    graded(quiz, 0, org.traineeIds().get(2), 1, 90, true);
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
    assertFalse(filter.hasDates());
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

  /**
   * The per-cohort table lists the cohorts in one order whichever path serves it: the database's
   * order of their names (utf8mb4_unicode_ci: "alfa" before "Årgang" before "Bravo"), which the
   * live path read and then sorted again by Java's order of the characters ("Bravo", "zulu",
   * "alfa", "Årgang").
   */
  @Test
  void theLiveAndTheCountedPerCohortTableListTheCohortsInOneOrder() {
    Org org = kit.organisation(4);
    long course = kit.course(org.id(), false, null);
    List<String> names = List.of("zulu", "Årgang", "Bravo", "alfa");
    kit.as(
        org.coordinator(),
        w -> {
          for (int i = 0; i < names.size(); i++) {
            long cohort =
                w.get(Cohorts.class).create(org.id(), names.get(i) + " " + org.suffix()).getId();
            w.get(Cohorts.class).addMember(cohort, org.traineeIds().get(i));
            w.get(Assignments.class).assignToCohort(cohort, course, LocalDate.parse("2027-06-01"));
          }
          return null;
        });
    ReportFilter counted = ReportFilter.of(org.id(), null, null);
    assertSame("cohorts named in mixed case and with Å", org.coordinator(), counted);
    assertEquals(
        List.of("alfa", "Årgang", "Bravo", "zulu"),
        kit
            .as(org.coordinator(), w -> w.get(CompletionReport.class).perCohort(counted, "da"))
            .stream()
            .map(f -> f.getCohort().split(" ")[0])
            .toList(),
        "the database's order of the names");
  }

  /** A write of an enrolment as courses' services make it: the change, then its publication. */
  private static void written(TestBeans w, long account, long course, Consumer<Enrolment> change) {
    Enrolment enrolment = w.get(Enrolments.class).active(account, course);
    change.accept(enrolment);
    w.get(EnrolmentChanges.class).publish(enrolment);
  }

  /** An attempt graded as assessments grades one: the row written, then AttemptGraded raised. */
  private long graded(long quiz, long context, long learner, int number, int score, boolean won) {
    long id = attempt(quiz, context, learner, number, "SUBMITTED", score, won);
    kit.as(
        null,
        w -> {
          w.fire(new AttemptGraded(learner, quiz, id, score, won, context));
          return null;
        });
    return id;
  }

  /**
   * The counter rows of the organisations are exactly what counting their rows from scratch gives
   * (the statements of migration V2's initial count, and of ops/load's recount).
   */
  private void assertRecounted(String stage, long... organisations) {
    String in = java.util.Arrays.toString(organisations).replace('[', '(').replace(']', ')');
    String status = "IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N'))";
    String cohorts =
        " JOIN (SELECT 0 cohort_id, a.id account_id FROM plt_account a UNION ALL"
            + " SELECT cohort_id, account_id FROM crd_cohort_member) k ON k.account_id = a.id";
    assertEquals(
        rows(
            "SELECT k.cohort_id, a.organisation_id, e.course_id, "
                + status
                + " s, COUNT(*) FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id"
                + cohorts
                + " WHERE e.active = TRUE AND a.organisation_id IN "
                + in
                + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"),
        rows(
            "SELECT cohort_id, organisation_id, course_id, status, n FROM crd_completion_count"
                + " WHERE n <> 0 AND organisation_id IN "
                + in
                + " ORDER BY 1, 2, 3, 4"),
        "completion counts after " + stage);
    assertEquals(
        rows(
            "SELECT e.due_on, k.cohort_id, a.organisation_id, e.course_id,"
                + " IF(e.started_at IS NOT NULL, 'S', 'N') s, COUNT(*) FROM crs_enrolment e"
                + " JOIN plt_account a ON a.id = e.account_id"
                + cohorts
                + " WHERE e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL"
                + " AND a.organisation_id IN "
                + in
                + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"),
        rows(
            "SELECT due_on, cohort_id, organisation_id, course_id, status, n"
                + " FROM crd_completion_due WHERE organisation_id IN "
                + in
                + " ORDER BY 1, 2, 3, 4, 5"),
        "due counts after " + stage);
    assertEquals(
        rows(
            "SELECT k.cohort_id, a.organisation_id, t.quiz_id, t.context_id, COUNT(*),"
                + " SUM(IF(COALESCE(o.passed, t.passed), 1, 0)),"
                + " SUM(COALESCE(o.score_percent, t.score_percent)) FROM asm_attempt t"
                + " LEFT JOIN asm_grade_override o ON o.attempt_id = t.id"
                + " JOIN plt_account a ON a.id = t.learner_id"
                + cohorts
                + " WHERE t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL"
                + " AND a.organisation_id IN "
                + in
                + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"),
        rows(
            "SELECT cohort_id, organisation_id, quiz_id, context_id, attempts, passed, score_sum"
                + " FROM crd_quiz_count WHERE attempts <> 0 AND organisation_id IN "
                + in
                + " ORDER BY 1, 2, 3, 4"),
        "quiz counts after " + stage);
  }

  private List<String> rows(String query) {
    return kit.as(
        null,
        w ->
            ((List<?>) w.em().createNativeQuery(query).getResultList())
                .stream()
                    .map(
                        r ->
                            java.util.Arrays.stream((Object[]) r)
                                .map(
                                    v ->
                                        v instanceof Number n
                                            ? String.valueOf(n.longValue())
                                            : String.valueOf(v))
                                .collect(java.util.stream.Collectors.joining("|")))
                    .toList());
  }

  private List<Figures> perCourse(TestCaller caller, ReportFilter filter) {
    return kit.as(caller, w -> w.get(CompletionReport.class).perCourse(filter, "en"));
  }

  /** The counted figures and the live ones (asked for with dates that hold every row) agree. */
  private void assertSame(String stage, TestCaller caller, ReportFilter filter) {
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
