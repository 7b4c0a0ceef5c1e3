package dk.tegn.coordination.registration.entity;

/** Where a self-registration stands. */
public enum RegistrationStatus {
  /** Waiting for the person to follow the link in the mail. */
  UNCONFIRMED,
  /** Confirmed; a coordinator of the organisation must approve. */
  AWAITING_APPROVAL,
  /** The account exists. */
  ACTIVE,
  REJECTED,
  /** Replaced by a newer registration of the same address, or never confirmed in time. */
  VOID
}
