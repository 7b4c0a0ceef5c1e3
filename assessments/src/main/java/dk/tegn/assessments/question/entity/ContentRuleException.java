package dk.tegn.assessments.question.entity;

import java.util.Locale;

/**
 * Content broke one of Tegn's rules (a question without choices, a quiz that closes before it
 * opens). It stays an IllegalArgumentException for the code that catches those; its {@link
 * #problem()} lets the author read it in their language, its message is English.
 */
public class ContentRuleException extends IllegalArgumentException {

  private final transient ContentProblem problem;

  public ContentRuleException(String key, Object... arguments) {
    this(ContentProblem.of(key, arguments), null);
  }

  public ContentRuleException(ContentProblem problem, Throwable cause) {
    super(problem.in(Locale.ENGLISH), cause);
    this.problem = problem;
  }

  /** {@code refusal} said of a subject, e.g. the sub-question it came from. */
  public static ContentRuleException within(
      RuntimeException refusal, String key, Object... arguments) {
    return new ContentRuleException(ContentProblem.of(refusal).within(key, arguments), refusal);
  }

  public ContentProblem problem() {
    return problem;
  }
}
