package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.Objects;

/** A sub-question of a scenario: its own text, feedback and type-specific content. */
public record Part(String key, LocalizedText text, LocalizedText generalFeedback, Content content) {
  public Part {
    Content.requireKey(key);
    text = Objects.requireNonNullElse(text, LocalizedText.empty());
    generalFeedback = Objects.requireNonNullElse(generalFeedback, LocalizedText.empty());
    Objects.requireNonNull(content, "content");
  }
}
