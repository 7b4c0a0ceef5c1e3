package dk.tegn.assessments.question.control;

import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import java.util.function.Supplier;

/**
 * Turns an entity's refusal (IllegalArgumentException) into a rule violation for the author, said
 * in the author's language where it is one of Tegn's rules.
 */
public final class Refusals {

  private Refusals() {}

  public static <T> T asRule(Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS, "assessments_rule.invalid", ContentProblem.of(e));
    }
  }
}
