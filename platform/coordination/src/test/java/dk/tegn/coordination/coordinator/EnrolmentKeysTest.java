package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.CoordinationSettings;
import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.coordination.enrolment.control.EnrolmentKeys;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EnrolmentKeysTest {

  private final CoordinationKit kit = new CoordinationKit();

  private String makeKey(Org org, long course, Integer dueDays) {
    return kit.as(
        org.coordinator(), w -> w.get(EnrolmentKeys.class).create(org.id(), course, dueDays));
  }

  @Test
  void aTraineeOfTheOrganisationEnrolsWithTheKeyTypedLooselyAndGetsItsDueDate() {
    Org org = kit.organisation(1);
    long course = kit.course(org.id(), false, null);
    String key = makeKey(org, course, 14);
    String typed = " " + key.substring(0, 5).toLowerCase() + "-" + key.substring(5) + " ";
    long enrolled = kit.as(org.trainee(0), w -> w.get(EnrolmentKeys.class).enrol(typed));
    assertEquals(course, enrolled);
    Enrolment e =
        kit.as(null, w -> w.get(Enrolments.class).active(org.traineeIds().get(0), course));
    assertEquals(LocalDate.ofInstant(kit.now(), ZoneOffset.UTC).plusDays(14), e.getDueOn());
  }

  @Test
  void anotherOrganisationsKeyAndAWrongKeyGetTheSameRefusal() {
    Org mine = kit.organisation(1);
    Org other = kit.organisation(0);
    long course = kit.course(other.id(), false, null);
    String theirs = makeKey(other, course, null);
    RuleViolationException foreign =
        assertThrows(
            RuleViolationException.class,
            () -> kit.as(mine.trainee(0), w -> w.get(EnrolmentKeys.class).enrol(theirs)));
    RuleViolationException wrong =
        assertThrows(
            RuleViolationException.class,
            () -> kit.as(mine.trainee(0), w -> w.get(EnrolmentKeys.class).enrol("NOTAKEY234")));
    assertEquals(wrong.messageKey(), foreign.messageKey());
    assertNull(kit.as(null, w -> w.get(Enrolments.class).active(mine.traineeIds().get(0), course)));
  }

  @Test
  void aNewKeyStopsTheOldOne() {
    Org org = kit.organisation(1);
    long course = kit.course(org.id(), false, null);
    String old = makeKey(org, course, null);
    String fresh = makeKey(org, course, null);
    assertNotEquals(old, fresh);
    assertThrows(
        RuleViolationException.class,
        () -> kit.as(org.trainee(0), w -> w.get(EnrolmentKeys.class).enrol(old)));
    long enrolled = kit.as(org.trainee(0), w -> w.get(EnrolmentKeys.class).enrol(fresh));
    assertEquals(course, enrolled);
  }

  @Test
  void onlyTheOrganisationsCoordinatorMakesKeysAndTimesReminders() {
    Org org = kit.organisation(1);
    Org other = kit.organisation(0);
    long course = kit.course(org.id(), false, null);
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                other.coordinator(),
                w -> w.get(EnrolmentKeys.class).create(org.id(), course, null)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                other.coordinator(),
                w -> w.get(CoordinationSettings.class).timeReminders(org.id(), 1, 1, 1, 1, 1)));
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(org.trainee(0), w -> w.get(CoordinationSettings.class).of(org.id())));
  }

  @Test
  void aCoordinatorChangesTheReminderTimingOfTheOrganisation() {
    Org org = kit.organisation(0);
    assertEquals(
        7,
        kit.as(org.coordinator(), w -> w.get(CoordinationSettings.class).of(org.id()))
            .getRemindBeforeDays());
    kit.as(
        org.coordinator(),
        w -> w.get(CoordinationSettings.class).timeReminders(org.id(), 3, 0, 14, 60, 45));
    OrganisationSettings s =
        kit.as(org.coordinator(), w -> w.get(CoordinationSettings.class).of(org.id()));
    assertEquals(3, s.getRemindBeforeDays());
    assertEquals(0, s.getRemindAfterDays());
    assertEquals(14, s.getRemindEveryDays());
    assertEquals(60, s.getExpiryWarningDays());
    assertEquals(45, s.getRecertificationDays());
  }
}
