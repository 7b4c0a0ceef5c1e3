package dk.tegn.courses.packaging.entity;

import dk.tegn.i18n.Localized;
import dk.tegn.i18n.Messages;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a package: the file (a path inside the package), the line (1-based, 0 when
 * the problem is the file as a whole) and what is wrong. A problem found by the package reader
 * names its message key in CoursesMessages ({@code package.problem.*}) and the key's arguments; one
 * passed on from the bank import says itself ({@code said}); either way a trainer reads it in the
 * page's language. {@code message} is the English text (the API's and the command line's).
 */
public record Problem(
    String file,
    int line,
    String message,
    String key,
    List<String> arguments,
    @JsonbTransient Localized said)
    implements Comparable<Problem> {

  private static final String PREFIX = "package.problem.";

  public Problem {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /** A problem whose text comes from elsewhere, shown as it is in every language. */
  public Problem(String file, int line, String message) {
    this(file, line, message, null, List.of(), null);
  }

  public static Problem of(String file, String message) {
    return new Problem(file, 0, message);
  }

  /** A problem at {@code line} of {@code file}, its text {@code package.problem.<key>}. */
  public static Problem at(String file, int line, String key, Object... arguments) {
    List<String> texts = Arrays.stream(arguments).map(String::valueOf).toList();
    return new Problem(
        file,
        line,
        Messages.get(Messages.COURSES, Locale.ENGLISH, PREFIX + key, texts.toArray()),
        key,
        texts,
        null);
  }

  /** A problem another module found and can say in any language (a bank file's). */
  public static Problem passedOn(String file, int line, Localized said) {
    return new Problem(file, line, said.in(Locale.ENGLISH), null, List.of(), said);
  }

  /** What is wrong, in {@code locale}'s language. */
  public String message(Locale locale) {
    if (said != null) {
      return said.in(locale);
    }
    return key == null
        ? message
        : Messages.get(Messages.COURSES, locale, PREFIX + key, arguments.toArray());
  }

  @Override
  public int compareTo(Problem o) {
    int byFile = file.compareTo(o.file);
    return byFile != 0 ? byFile : Integer.compare(line, o.line);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
