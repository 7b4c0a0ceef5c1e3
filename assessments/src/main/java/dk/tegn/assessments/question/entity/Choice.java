package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.Objects;

/** One option of a choice question, with the feedback shown to whoever picked it. */
public record Choice(String key, LocalizedText text, boolean correct, LocalizedText feedback) {
  public Choice {
    Content.requireKey(key);
    text = Objects.requireNonNullElse(text, LocalizedText.empty());
    feedback = Objects.requireNonNullElse(feedback, LocalizedText.empty());
  }
}
