package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.List;
import java.util.Optional;

/** Rules shared by the choice types. */
final class Choices {

  private Choices() {}

  static void validate(List<Choice> choices, int minimum) {
    if (choices.size() < minimum) {
      throw new ContentRuleException("choices.tooFew", minimum);
    }
    Content.requireUniqueKeys(keys(choices), "choices");
    if (choices.stream().noneMatch(Choice::correct)) {
      throw new ContentRuleException("choices.noCorrect");
    }
  }

  static List<String> keys(List<Choice> choices) {
    return choices.stream().map(Choice::key).toList();
  }

  static Optional<Choice> find(List<Choice> choices, String key) {
    return choices.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  static List<LocalizedText> feedbackFor(List<Choice> choices, Response response) {
    if (!(response instanceof Response.Keys k)) {
      return List.of();
    }
    return choices.stream()
        .filter(c -> k.keys().contains(c.key()) && !c.feedback().isEmpty())
        .map(Choice::feedback)
        .toList();
  }
}
