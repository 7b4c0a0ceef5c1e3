package dk.tegn.courses.enrolment.control;

import dk.tegn.courses.enrolment.entity.Enrolment;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What another module may know of one enrolment, as ids and dates rather than the entity, so that
 * only this module reads and writes enrolment records (coordination's assignments, keys, reminders
 * and recertification).
 */
public record EnrolmentFact(
    long id,
    long accountId,
    long courseId,
    boolean active,
    LocalDate dueOn,
    Instant completedAt,
    Instant expiresAt) {

  static EnrolmentFact of(Enrolment e) {
    return new EnrolmentFact(
        e.getId(),
        e.getAccountId(),
        e.getCourseId(),
        e.isActive(),
        e.getDueOn(),
        e.getCompletedAt(),
        e.getExpiresAt());
  }

  public boolean completed() {
    return completedAt != null;
  }
}
