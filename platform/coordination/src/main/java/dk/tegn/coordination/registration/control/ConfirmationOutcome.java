package dk.tegn.coordination.registration.control;

/** What following a confirmation link did. */
public enum ConfirmationOutcome {
  /** A good link not yet used: the page asks the person to press confirm (a POST). */
  READY,
  ACTIVE,
  AWAITING_APPROVAL,
  /** An invitation: the person chooses a password next. */
  CHOOSE_PASSWORD,
  EXPIRED,
  INVALID
}
