package dk.tegn.courses.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void statusFollowsStartDueDateCompletionAndCertificateExpiry() {
    Enrolment e = new Enrolment(1, 2, 1, LocalDate.parse("2026-12-01"), null, NOW);
    assertEquals(EnrolmentStatus.NOT_STARTED, e.status(NOW));
    e.visit(10, NOW);
    assertEquals(EnrolmentStatus.IN_PROGRESS, e.status(NOW));
    assertEquals(EnrolmentStatus.IN_PROGRESS, e.status(Instant.parse("2026-12-01T23:59:59Z")));
    assertEquals(EnrolmentStatus.OVERDUE, e.status(Instant.parse("2026-12-02T00:00:00Z")));

    Instant expires = Certificate.expiry(NOW, 24);
    e.complete(NOW, expires);
    assertEquals(Instant.parse("2028-11-23T10:00:00Z"), expires);
    assertEquals(EnrolmentStatus.COMPLETED, e.status(Instant.parse("2027-06-01T00:00:00Z")));
    assertEquals(EnrolmentStatus.DUE_AGAIN, e.status(expires));
    assertEquals(100, e.getProgressPercent());
  }

  @Test
  void aCertificateThatNeverExpiresNeverMakesTheCourseDueAgain() {
    Enrolment e = new Enrolment(1, 2, 1, null, null, NOW);
    e.complete(NOW, Certificate.expiry(NOW, null));
    assertNull(e.getExpiresAt());
    assertEquals(EnrolmentStatus.COMPLETED, e.status(NOW.plusSeconds(400L * 24 * 3600 * 30)));
  }

  @Test
  void aCourseIsCompletedOncePerEnrolment() {
    Enrolment e = new Enrolment(1, 2, 1, null, null, NOW);
    e.complete(NOW, null);
    assertThrows(IllegalStateException.class, () -> e.complete(NOW, null));
  }

  @Test
  void movingToAnotherVersionStartsOverButACompletedEnrolmentStaysOnItsVersion() {
    Enrolment e = new Enrolment(1, 2, 1, null, null, NOW);
    e.visit(10, NOW);
    e.recordProgress(50);
    e.moveTo(2);
    assertEquals(2, e.getVersionNumber());
    assertEquals(EnrolmentStatus.NOT_STARTED, e.status(NOW));
    assertEquals(0, e.getProgressPercent());
    assertNull(e.getLastItemKey());
    e.complete(NOW, null);
    assertThrows(IllegalStateException.class, () -> e.moveTo(3));
  }

  @Test
  void aClosedEnrolmentTakesNoMoreProgress() {
    Enrolment e = new Enrolment(1, 2, 1, null, null, NOW);
    e.close(NOW);
    assertThrows(IllegalStateException.class, () -> e.visit(10, NOW));
  }

  /** Issue 17, expected 3: a personal due date counts, and an assignment's later date leaves it. */
  @Test
  void aPersonalDueDateCountsAndAnAssignmentsDateLeavesIt() {
    Enrolment e = new Enrolment(1, 2, 1, LocalDate.parse("2026-12-01"), null, NOW);
    e.setPersonalDueDate(LocalDate.parse("2027-01-15"), "Long-term sick leave", 9);
    assertEquals(LocalDate.parse("2027-01-15"), e.getDueOn());
    assertEquals(EnrolmentStatus.NOT_STARTED, e.status(Instant.parse("2027-01-10T00:00:00Z")));
    e.changeDueDate(LocalDate.parse("2026-12-05"));
    assertEquals(LocalDate.parse("2027-01-15"), e.getDueOn(), "the personal date stays");
    assertEquals(EnrolmentStatus.OVERDUE, e.status(Instant.parse("2027-01-16T00:00:00Z")));
    assertThrows(
        IllegalArgumentException.class,
        () -> e.setPersonalDueDate(LocalDate.parse("2027-02-01"), " ", 9));
  }
}
