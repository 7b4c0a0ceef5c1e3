package dk.tegn.courses.enrolment.entity;

import java.time.Instant;

/**
 * What a grade needs of one of the learner's active enrolments (Completion): which enrolment, in
 * which course and published version, and when it was completed (null while not). Read by {@code
 * Enrolment.listActiveFactsByAccount} without the entity's twenty columns.
 */
public record GradedEnrolment(
    long enrolmentId, long courseId, int versionNumber, Instant completedAt) {

  public boolean completed() {
    return completedAt != null;
  }
}
