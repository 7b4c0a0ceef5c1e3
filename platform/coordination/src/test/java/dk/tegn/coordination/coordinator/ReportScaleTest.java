package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.control.CompletionReport;
import dk.tegn.coordination.coordinator.control.Figures;
import dk.tegn.coordination.coordinator.control.PeopleToChase;
import dk.tegn.coordination.coordinator.control.ReportFilter;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard limited to dates and filtered by a cohort of more members than MariaDB takes
 * placeholders in one statement (65,535): the members went to courses and assessments as one list
 * of ids and the statement was refused; they go a page at a time now, and the pages add up. Three
 * members are enrolled: the first, the first of the second page and the last; the second has
 * completed, the others are overdue. {@code -Dtegn.test.reportMembers=N} sets the cohort's size.
 */
class ReportScaleTest {

  static final int MEMBERS = Integer.getInteger("tegn.test.reportMembers", 70_000);

  final CoordinationKit kit = new CoordinationKit();

  @Test
  void aCohortOfMoreMembersThanOneStatementTakesGetsItsFiguresAPageAtATime() {
    Org org = kit.organisation(0);
    long course = kit.course(org.id(), false, null);
    long cohort =
        kit.as(
            org.coordinator(),
            w -> w.get(Cohorts.class).create(org.id(), "Alle " + org.suffix()).getId());
    List<Long> enrolled = arrange(org, cohort, course);
    kit.at(Instant.parse("2027-03-20T09:00:00Z"));

    ReportFilter filter = ReportFilter.of(null, course, cohort);
    filter.setFrom(LocalDate.parse("2027-01-01"));
    filter.setTo(LocalDate.parse("2027-12-31"));
    // the statements MariaDB receives, logged while the report asks (the driver sends bound values
    // in the text, so a list of ids shows as the statement's length)
    kit.execute("SET GLOBAL log_output = 'TABLE'");
    kit.execute("TRUNCATE TABLE mysql.general_log");
    kit.execute("SET GLOBAL general_log = 1");
    long start = System.nanoTime();
    Figures perCourse =
        kit.as(org.coordinator(), w -> w.get(CompletionReport.class).perCourse(filter, "en"))
            .get(0);
    long perCourseMs = (System.nanoTime() - start) / 1_000_000;
    assertEquals(
        List.of(1L, 2L, 0L),
        List.of(perCourse.getCompleted(), perCourse.getOverdue(), perCourse.getInProgress()));
    Figures perCohort =
        kit.as(org.coordinator(), w -> w.get(CompletionReport.class).perCohort(filter, "da"))
            .get(0);
    assertEquals(3, perCohort.getTotal());
    List<Figures.Person> overdue =
        kit.as(org.coordinator(), w -> w.get(PeopleToChase.class).overdue(filter, "da"));
    List<Long> overdueEnrolments =
        kit.as(
            null,
            w ->
                List.of(enrolled.get(0), enrolled.get(2)).stream()
                    .map(a -> w.get(Enrolments.class).activeFact(a, course).orElseThrow().id())
                    .sorted()
                    .toList());
    assertEquals(
        overdueEnrolments,
        overdue.stream().map(Figures.Person::getEnrolmentId).sorted().toList(),
        "from the first page and the last");
    assertEquals(
        1,
        kit.as(org.coordinator(), w -> w.get(PeopleToChase.class).expiring(filter, "da")).size());
    assertEquals(
        1,
        kit.as(org.coordinator(), w -> w.get(CompletionReport.class).expiring(filter))
            .getWithin30());
    assertEquals(
        1, kit.as(org.coordinator(), w -> w.get(CompletionReport.class).overTime(filter)).size());
    assertTrue(
        kit.as(org.coordinator(), w -> w.get(CompletionReport.class).quizzes(filter, "da"))
            .isEmpty(),
        "no quiz attempts, and no refused statement");
    kit.execute("SET GLOBAL general_log = 0");
    long longest =
        kit.number(
            "SELECT COALESCE(MAX(LENGTH(argument)), 0) FROM mysql.general_log"
                + " WHERE command_type IN ('Query', 'Execute')");
    long statements = kit.number("SELECT COUNT(*) FROM mysql.general_log");
    kit.execute("TRUNCATE TABLE mysql.general_log");
    System.out.printf(
        "ReportScaleTest: a cohort of %,d members, its course figures limited to dates: %,d ms;"
            + " the longest of %,d statements %,d bytes%n",
        MEMBERS, perCourseMs, statements, longest);
    assertTrue(
        longest < 40_000,
        "no statement grows with the cohort: a page of 1,000 ids, not " + MEMBERS + ": " + longest);
  }

  /**
   * The members and their cohort ({@link CoordinationKit#members}); the first member, the first of
   * the second page and the last enrolled, due 2027-03-10, the second completed. Returns the three
   * in that order.
   */
  private List<Long> arrange(Org org, long cohort, long course) {
    List<Long> ids = kit.members(org, cohort, "report", MEMBERS, false);
    assertEquals(MEMBERS, ids.size());
    List<Long> three = List.of(ids.get(0), ids.get(1_000), ids.get(ids.size() - 1));
    kit.as(
        null,
        w ->
            w.get(Enrolments.class)
                .placeAll(three, course, LocalDate.parse("2027-03-10"), null, kit.now()));
    kit.as(
        null,
        w -> {
          Enrolment done = w.get(Enrolments.class).active(three.get(1), course);
          done.complete(kit.now(), kit.now().plus(Duration.ofDays(45)));
          w.get(EnrolmentChanges.class).publish(done);
          return null;
        });
    return three;
  }
}
