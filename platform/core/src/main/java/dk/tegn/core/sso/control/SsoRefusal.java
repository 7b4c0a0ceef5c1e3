package dk.tegn.core.sso.control;

/**
 * A single sign-on that did not happen, with the reason: the last part of the login page's message
 * key ({@code login.sso.<reason>}) and the audit line's detail.
 */
public class SsoRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why; each has a message in the login page's bundle. */
  public enum Reason {
    /** No provider for that organisation or e-mail domain, or it is switched off. */
    UNKNOWN,
    /** The provider could not be reached or answered nonsense. */
    UNAVAILABLE,
    /** The person cancelled, or the provider refused them. */
    DENIED,
    /** No sign-in was under way for this answer: replayed, forged or expired state. */
    STATE,
    /** The ID token failed a check: signature, issuer, audience, expiry or nonce. */
    TOKEN,
    /** The token lacks the claim that names the person. */
    CLAIMS,
    /** The account is disabled in Tegn. */
    DISABLED
  }

  private final Reason reason;
  private final Long providerId;

  public SsoRefusal(Reason reason, Long providerId, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
    this.providerId = providerId;
  }

  public Reason reason() {
    return reason;
  }

  /** The provider concerned, when known. */
  public Long providerId() {
    return providerId;
  }

  /** The reason as the message key's last part, e.g. {@code token}. */
  public String code() {
    return reason.name().toLowerCase(java.util.Locale.ROOT);
  }
}
