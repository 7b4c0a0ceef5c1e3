package dk.tegn.core.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The caller that work queued on their behalf runs for. A task that drains a queue on a managed
 * executor carries the container's security context of whichever request submitted it, not of each
 * queued item's caller, so the queue names the caller here, once, in the item's own request
 * context; {@code SignedInCaller} reads this name before the security context and still reads the
 * account and its grants as for a request (a revoked role counts). Set only by code, never from a
 * request's input. One per request, made by {@code SignedInCallers}.
 */
public class ContinuedCaller {

  private String username;

  /**
   * Runs the rest of this request context for {@code username}.
   *
   * @throws IllegalStateException when this request context already continues for someone
   */
  public void continueFor(String username) {
    if (this.username != null) {
      throw new IllegalStateException("this request already continues for a caller");
    }
    this.username = Objects.requireNonNull(username);
  }

  /** The name this request continues for, if it does. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }
}
