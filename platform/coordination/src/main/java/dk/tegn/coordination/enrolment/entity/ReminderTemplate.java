package dk.tegn.coordination.enrolment.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of a reminder with named placeholders: {name} (the person), {course} (its title),
 * {due} (the due or expiry date) and {link} (their courses). A brace pair around anything else is
 * refused, so a typo cannot reach a mail as "{corse}"; a lone brace is plain text.
 */
public final class ReminderTemplate {

  public static final List<String> PLACEHOLDERS = List.of("name", "course", "due", "link");
  public static final int SUBJECT_MAX = 200;
  public static final int BODY_MAX = 4000;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

  private ReminderTemplate() {}

  /** The first brace pair that names no placeholder, as written; empty when all are known. */
  public static Optional<String> unknownPlaceholder(String text) {
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /** True when the text has something to say and only known placeholders. */
  public static boolean isValid(String text, int max) {
    return text != null
        && !text.isBlank()
        && text.length() <= max
        && unknownPlaceholder(text).isEmpty();
  }

  /**
   * The text with each placeholder replaced by its value, in one pass: a value that itself looks
   * like a placeholder (a name with braces) is left as it is.
   */
  public static String render(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
