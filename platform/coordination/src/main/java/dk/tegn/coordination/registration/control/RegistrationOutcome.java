package dk.tegn.coordination.registration.control;

/** What the registration form tells the person; never whether the address has an account. */
public enum RegistrationOutcome {
  /** "If the address may register, a link is on its way" (also when it has an account). */
  LINK_SENT,
  DOMAIN_REFUSED,
  RATE_LIMITED
}
