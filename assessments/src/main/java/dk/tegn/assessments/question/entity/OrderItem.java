package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.Objects;

/** One step of an ordering question. */
public record OrderItem(String key, LocalizedText text) {
  public OrderItem {
    Content.requireKey(key);
    text = Objects.requireNonNullElse(text, LocalizedText.empty());
  }
}
