package dk.tegn.core.security;

import dk.tegn.core.problem.BusyException;

/**
 * A sign-in waited too long for its turn to check the password (only a few hashes run at once, so a
 * burst of sign-ins cannot starve everything else). Nothing was checked: the user should simply try
 * again. The login page says so in the user's language; the API answers 503 with Retry-After.
 */
public class SignInBusyException extends BusyException {

  /** Request attribute the authentication mechanism sets for the login page to explain. */
  public static final String REQUEST_ATTRIBUTE = SignInBusyException.class.getName();

  /** Seconds a client should wait before it tries again, when the line's length is not known. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public SignInBusyException() {
    this(RETRY_AFTER_SECONDS);
  }

  /**
   * @param retryAfterSeconds how long the line ahead takes (at least 1)
   */
  public SignInBusyException(int retryAfterSeconds) {
    super("busy", Math.max(1, retryAfterSeconds));
  }
}
