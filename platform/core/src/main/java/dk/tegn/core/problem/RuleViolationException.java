package dk.tegn.core.problem;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule (e.g. answering a submitted attempt). Carries a message key
 * of the named bundle so the caller's language can be used; REST answers 409 with the message.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

  private final String bundle;
  private final String messageKey;
  private final transient Object[] arguments;

  public RuleViolationException(String bundle, String messageKey, Object... arguments) {
    super(messageKey);
    this.bundle = bundle;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String bundle() {
    return bundle;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }
}
