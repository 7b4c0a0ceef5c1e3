package dk.tegn.core.security;

import jakarta.ejb.ApplicationException;

/**
 * The caller lacks the role or organisation for what they asked. Pages show the 403 page, the REST
 * API answers 403 with JSON. The message is for logs and never names a person.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
