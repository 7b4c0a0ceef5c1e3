package dk.tegn.assessments.attempt.entity;

/** Who ended an attempt: the learner, or the server when its time ran out. */
public enum FinishedBy {
  LEARNER,
  TIME_LIMIT
}
