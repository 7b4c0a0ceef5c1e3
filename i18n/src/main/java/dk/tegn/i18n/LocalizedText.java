package dk.tegn.i18n;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text authored in several languages (language tag to text). Immutable; {@link #with} returns a
 * copy. Reading follows the fallback rule of {@link ContentLanguages#fallbackOrder}.
 */
public final class LocalizedText implements Serializable {

  private static final LocalizedText EMPTY = new LocalizedText(Map.of());

  private final Map<String, String> texts;

  private LocalizedText(Map<String, String> texts) {
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  public static LocalizedText empty() {
    return EMPTY;
  }

  public static LocalizedText of(String language, String text) {
    return EMPTY.with(language, text);
  }

  public static LocalizedText of(Map<String, String> texts) {
    LocalizedText result = EMPTY;
    for (Map.Entry<String, String> e : texts.entrySet()) {
      result = result.with(e.getKey(), e.getValue());
    }
    return result;
  }

  /** A copy with the text for {@code language} set; a blank text removes the language. */
  public LocalizedText with(String language, String text) {
    Objects.requireNonNull(language);
    Map<String, String> copy = new LinkedHashMap<>(texts);
    if (text == null || text.isBlank()) {
      copy.remove(language);
    } else {
      copy.put(language, text);
    }
    return new LocalizedText(copy);
  }

  /** The text in the requested language, else the organisation's default, else da, else en. */
  public String resolve(String requested, String organisationDefault) {
    for (String language : ContentLanguages.fallbackOrder(requested, organisationDefault)) {
      String text = texts.get(language);
      if (text != null) {
        return text;
      }
    }
    return texts.values().stream().findFirst().orElse("");
  }

  public Optional<String> exactly(String language) {
    return Optional.ofNullable(texts.get(language));
  }

  public boolean has(String language) {
    return texts.containsKey(language);
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }

  /** Languages among {@code wanted} with no text: what a translator still has to do. */
  public List<String> missing(List<String> wanted) {
    return wanted.stream().filter(l -> !texts.containsKey(l)).toList();
  }

  public Map<String, String> asMap() {
    return texts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && texts.equals(other.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return "LocalizedText" + texts.keySet();
  }
}
