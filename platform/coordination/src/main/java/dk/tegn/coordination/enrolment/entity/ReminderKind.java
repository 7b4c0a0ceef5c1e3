package dk.tegn.coordination.enrolment.entity;

/** The mails Tegn sends about an enrolment. */
public enum ReminderKind {
  ASSIGNED,
  DUE_SOON,
  OVERDUE,
  EXPIRING,
  RECERTIFY
}
