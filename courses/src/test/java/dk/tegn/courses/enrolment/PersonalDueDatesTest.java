package dk.tegn.courses.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.courses.enrolment.control.DueEnrolments;
import dk.tegn.courses.enrolment.control.EnrolmentFact;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.LearnerEnrolment;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, expected 3: a coordinator gives one learner a due date of their own, against MariaDB.
 */
class PersonalDueDatesTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(2);
  final long courseId = publishedCourse();
  final long learner = org.traineeIds().get(0);

  long publishedCourse() {
    return kit.publishedAndEnrolled(
        org, 9_001, org.traineeIds().get(0), LocalDate.parse("2026-12-01"));
  }

  List<LocalDate> dueBy(String to) {
    return kit
        .as(
            org.coordinator(),
            b ->
                b.get(DueEnrolments.class)
                    .dueBetween(
                        DueEnrolments.People.of(Set.of(org.id())),
                        null,
                        LocalDate.parse(to),
                        null,
                        10))
        .stream()
        .map(EnrolmentFact::dueOn)
        .toList();
  }

  long enrolment() {
    return kit.as(org.coordinator(), b -> b.get(Enrolments.class).ofLearner(learner, 10))
        .get(0)
        .course()
        .enrolmentId();
  }

  @Test
  void aPersonalDueDateIsTheOneThatCountsForTheReportAndTheReminders() {
    long enrolment = enrolment();
    EnrolmentFact fact =
        kit.as(
            org.coordinator(),
            b ->
                b.get(Enrolments.class)
                    .setPersonalDueDate(
                        enrolment, LocalDate.parse("2027-02-01"), "Parental leave until January"));
    assertEquals(LocalDate.parse("2027-02-01"), fact.dueOn());
    LearnerEnrolment line =
        kit.as(org.coordinator(), b -> b.get(Enrolments.class).ofLearner(learner, 10)).get(0);
    assertEquals(LocalDate.parse("2027-02-01"), line.personalDueOn());
    assertEquals(LocalDate.parse("2027-02-01"), line.course().dueOn());
    assertEquals("Parental leave until January", line.personalDueReason());
    // an assignment's date given again (cohort sync) leaves the personal one
    kit.as(
        org.coordinator(),
        b -> b.get(Enrolments.class).enrol(learner, courseId, LocalDate.parse("2026-12-10")));
    assertEquals(List.of(LocalDate.parse("2027-02-01")), dueBy("2027-03-01"));
    assertTrue(dueBy("2027-01-31").isEmpty(), "not due by the assignment's date any more");
  }

  @Test
  void removingThePersonalDueDateGoesBackToTheAssignmentsDate() {
    long enrolment = enrolment();
    kit.as(
        org.coordinator(),
        b ->
            b.get(Enrolments.class)
                .setPersonalDueDate(enrolment, LocalDate.parse("2027-02-01"), "Long illness"));
    // the cohort's date moves meanwhile: the personal date still counts, the new one is kept
    kit.as(
        org.coordinator(),
        b -> b.get(Enrolments.class).enrol(learner, courseId, LocalDate.parse("2026-12-10")));
    Org other = kit.organisation(0);
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                other.coordinator(),
                b -> b.get(Enrolments.class).removePersonalDueDate(enrolment)));
    EnrolmentFact fact =
        kit.as(org.coordinator(), b -> b.get(Enrolments.class).removePersonalDueDate(enrolment));
    assertEquals(LocalDate.parse("2026-12-10"), fact.dueOn());
    LearnerEnrolment line =
        kit.as(org.coordinator(), b -> b.get(Enrolments.class).ofLearner(learner, 10)).get(0);
    assertEquals(null, line.personalDueOn());
    assertEquals(null, line.personalDueReason());
    assertEquals(List.of(LocalDate.parse("2026-12-10")), dueBy("2026-12-31"));
    // an assignment's date is followed again
    kit.as(
        org.coordinator(),
        b -> b.get(Enrolments.class).enrol(learner, courseId, LocalDate.parse("2026-12-20")));
    assertEquals(List.of(LocalDate.parse("2026-12-20")), dueBy("2026-12-31"));
    var none =
        assertThrows(
            RuleViolationException.class,
            () ->
                kit.as(
                    org.coordinator(),
                    b -> b.get(Enrolments.class).removePersonalDueDate(enrolment)));
    assertEquals("courses_rules.noPersonalDueDate", none.messageKey());
  }

  @Test
  void aReasonAndADateAreRequiredAndOnlyStaffOfTheOrganisationMay() {
    long enrolment = enrolment();
    var blank =
        assertThrows(
            RuleViolationException.class,
            () ->
                kit.as(
                    org.coordinator(),
                    b ->
                        b.get(Enrolments.class)
                            .setPersonalDueDate(enrolment, LocalDate.parse("2027-02-01"), " ")));
    assertEquals("courses_rules.reasonRequired", blank.messageKey());
    var noDate =
        assertThrows(
            RuleViolationException.class,
            () ->
                kit.as(
                    org.coordinator(),
                    b -> b.get(Enrolments.class).setPersonalDueDate(enrolment, null, "why")));
    assertEquals("courses_rules.dueDateRequired", noDate.messageKey());
    Org other = kit.organisation(0);
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(other.coordinator(), b -> b.get(Enrolments.class).ofLearner(learner, 10)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                other.coordinator(),
                b ->
                    b.get(Enrolments.class)
                        .setPersonalDueDate(enrolment, LocalDate.parse("2027-02-01"), "why")));
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(org.trainee(1), b -> b.get(Enrolments.class).ofLearner(learner, 10)));
    TestCaller admin = TestCaller.of(org.trainerId(), org.id(), Role.ADMIN);
    assertEquals(1, kit.as(admin, b -> b.get(Enrolments.class).ofLearner(learner, 10)).size());
  }
}
