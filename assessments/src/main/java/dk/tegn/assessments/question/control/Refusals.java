package dk.tegn.assessments.question.control;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import java.util.function.Supplier;

/** Turns an entity's refusal (IllegalArgumentException) into a rule violation for the author. */
public final class Refusals {

  private Refusals() {}

  public static <T> T asRule(Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS, "assessments_rule.invalid", e.getMessage());
    }
  }
}
