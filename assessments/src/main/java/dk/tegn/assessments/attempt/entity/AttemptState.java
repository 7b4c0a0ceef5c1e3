package dk.tegn.assessments.attempt.entity;

/**
 * An attempt is answered while in progress and graded once submitted; a prepared one (drawn before
 * the start, not started) counts nowhere until its start stamps it in progress.
 */
public enum AttemptState {
  PREPARED,
  IN_PROGRESS,
  SUBMITTED
}
