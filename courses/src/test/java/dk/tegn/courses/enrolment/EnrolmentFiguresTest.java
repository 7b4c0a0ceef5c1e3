package dk.tegn.courses.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.core.account.Role;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.EnrolmentFact;
import dk.tegn.courses.enrolment.control.EnrolmentFigures;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's figures for a cohort of 70,000 people, named in one {@code in :people} list
 * (above the 65,535 placeholders a server-side prepared statement may hold): the same answer as for
 * the cohort's real members alone. Tried on 2026-12-06 with the data source's client-side prepare
 * (useServerPrepStmts=false, DataSourceConfig) and with useServerPrepStmts=true: both answered, so
 * the services need no chunking of id lists; this test keeps it so. On the real test MariaDB.
 */
class EnrolmentFiguresTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(4);

  @Test
  void aCohortOfSeventyThousandIsCountedAsItsMembersAre() {
    long course = publishedCourse();
    LocalDate overdueSince = SampleCourses.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    for (int i = 0; i < 4; i++) {
      long trainee = org.traineeIds().get(i);
      LocalDate due = i < 2 ? overdueSince.minusDays(10 + i) : overdueSince.plusDays(30);
      kit.as(org.coordinator(), b -> b.get(Enrolments.class).enrol(trainee, course, due));
    }
    // the four members spread over 70,000 ids, the rest ids of nobody
    List<Long> cohort = new ArrayList<>();
    for (long i = 0; i < 70_000; i++) {
      cohort.add(4_000_000_000L + i);
    }
    for (int i = 0; i < 4; i++) {
      cohort.set(i * 23_000, org.traineeIds().get(i));
    }
    EnrolmentFigures.Scope big =
        new EnrolmentFigures.Scope(Optional.empty(), Set.of(course), cohort, null, null);
    EnrolmentFigures.Scope members =
        new EnrolmentFigures.Scope(
            Optional.empty(), Set.of(course), org.traineeIds().subList(0, 4), null, null);

    kit.as(
        org.coordinator(),
        b -> {
          EnrolmentFigures figures = b.get(EnrolmentFigures.class);
          List<EnrolmentFigures.Status> status = figures.statusByCourse(big, overdueSince);
          assertEquals(figures.statusByCourse(members, overdueSince), status);
          assertEquals(2, status.get(0).notStarted(), "not started and not overdue");
          assertEquals(2, status.get(0).overdue());
          List<Long> overdue =
              figures.overdue(big, overdueSince, 10).stream()
                  .map(EnrolmentFact::accountId)
                  .toList();
          assertEquals(
              List.of(org.traineeIds().get(1), org.traineeIds().get(0)),
              overdue,
              "longest overdue first");
          assertEquals(1, figures.overdue(big, overdueSince, 1).size(), "at most max");
          return null;
        });
  }

  private long publishedCourse() {
    return kit.as(
        TestCaller.of(org.trainerId(), org.id(), Role.TRAINER),
        b -> {
          Course c = SampleCourses.twoModules(org.id(), org.trainerId(), 9_018);
          c.configure(Set.of(Audience.POLICE), List.of("da", "en"), 45, false, 24);
          b.em().persist(c);
          b.em().flush();
          b.get(Publishing.class).publish(c.getId(), null, false);
          return c.getId();
        });
  }
}
