package dk.tegn.courses.enrolment.entity;

/** How an enrolment looks on "My courses". */
public enum EnrolmentStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  /** Not completed and the due date has passed. */
  OVERDUE,
  /** Completed, but the certificate has expired: the course has to be taken again. */
  DUE_AGAIN
}
