package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/** A statement that is true or false; the response keys are "true" and "false". */
public record TrueFalse(boolean answer, LocalizedText trueFeedback, LocalizedText falseFeedback)
    implements Content {

  public static final String TRUE = "true";
  public static final String FALSE = "false";

  public TrueFalse {
    trueFeedback = Objects.requireNonNullElse(trueFeedback, LocalizedText.empty());
    falseFeedback = Objects.requireNonNullElse(falseFeedback, LocalizedText.empty());
  }

  @Override
  public QuestionType type() {
    return QuestionType.TRUE_FALSE;
  }

  @Override
  public double grade(Response response) {
    return response instanceof Response.Keys k && k.keys().equals(List.of(key(answer))) ? 1 : 0;
  }

  @Override
  public Response rightAnswer() {
    return new Response.Keys(List.of(key(answer)));
  }

  @Override
  public void check(Response response) {
    if (!(response instanceof Response.Keys k) || k.keys().size() > 1) {
      throw new ContentRuleException("trueFalse.answer");
    }
    Content.requireKnown(k.keys(), List.of(TRUE, FALSE));
  }

  @Override
  public List<Orderable> orderables() {
    return List.of();
  }

  @Override
  public List<LocalizedText> feedbackFor(Response response) {
    if (response instanceof Response.Keys k && k.keys().size() == 1) {
      LocalizedText feedback = TRUE.equals(k.keys().get(0)) ? trueFeedback : falseFeedback;
      return feedback.isEmpty() ? List.of() : List.of(feedback);
    }
    return List.of();
  }

  private static String key(boolean value) {
    return value ? TRUE : FALSE;
  }
}
