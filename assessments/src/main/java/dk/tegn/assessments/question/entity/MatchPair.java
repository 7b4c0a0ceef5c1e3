package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.Objects;

/** A prompt and the match that belongs to it; the trainee sees all matches, shuffled. */
public record MatchPair(String key, LocalizedText prompt, LocalizedText match) {
  public MatchPair {
    Content.requireKey(key);
    prompt = Objects.requireNonNullElse(prompt, LocalizedText.empty());
    match = Objects.requireNonNullElse(match, LocalizedText.empty());
  }
}
