package dk.tegn.core.problem;

/**
 * Tegn could not serve the request within its bound because too many like it are running: nothing
 * was done, and the caller should try again after {@link #retryAfterSeconds()}. The API answers 503
 * with {@code Retry-After} and the message {@code api.error.<code>}; a page says the same. Shedding
 * early keeps a request from hanging until the client gives up while the box is overloaded.
 */
public class BusyException extends RuntimeException {

  private final String code;
  private final int retryAfterSeconds;

  /**
   * @param code the last part of the message key {@code api.error.<code>} in the platform bundle
   */
  public BusyException(String code, int retryAfterSeconds) {
    super(code + ": too many at once; try again");
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public String code() {
    return code;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
