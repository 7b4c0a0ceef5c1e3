package dk.tegn.web.registration.control;

/** What following a confirmation link did. */
public enum ConfirmationOutcome {
  ACTIVE,
  AWAITING_APPROVAL,
  /** An invitation: the person chooses a password next. */
  CHOOSE_PASSWORD,
  EXPIRED,
  INVALID
}
