package dk.tegn.assessments.attempt.entity;

/** An attempt is answered while in progress and graded once submitted. */
public enum AttemptState {
  IN_PROGRESS,
  SUBMITTED
}
