package dk.tegn.courses.review.control;

import dk.tegn.courses.review.entity.CitedSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sources a lesson cites from its own text: the list under its {@code ## Kilder} or
 * {@code ## Sources} heading. The lesson text is the one copy, so the review list can never name a
 * source the trainee does not see.
 */
public final class LessonSources {

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$");
  private static final Pattern SOURCES_HEADING =
      Pattern.compile("(?i)kilder|sources|kilder og videre læsning|sources and further reading");

  /** {@code - description <https://...> (checked 2026-12-05).} or (tjekket ...) or no date. */
  private static final Pattern LINE =
      Pattern.compile("^\\s*[-*]\\s+(.*?)\\s*<(https?://[^>\\s]+)>\\s*(.*)$");

  private static final Pattern CHECKED =
      Pattern.compile("\\((?:checked|tjekket)\\s+(\\d{4}-\\d{2}-\\d{2})\\)");

  private LessonSources() {}

  /** The sources of one or more Markdown texts, each link once (the first description wins). */
  public static List<CitedSource> cited(String... markdowns) {
    List<CitedSource> sources = new ArrayList<>();
    for (String markdown : markdowns) {
      if (markdown != null) {
        sources.addAll(inText(markdown));
      }
    }
    return distinct(sources);
  }

  /** The same list with each link once. */
  public static List<CitedSource> distinct(List<CitedSource> sources) {
    Map<String, CitedSource> byUrl = new LinkedHashMap<>();
    sources.forEach(s -> byUrl.putIfAbsent(s.url(), s));
    return new ArrayList<>(byUrl.values());
  }

  private static List<CitedSource> inText(String markdown) {
    List<CitedSource> found = new ArrayList<>();
    boolean inSources = false;
    for (String line : markdown.split("\n")) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        inSources = SOURCES_HEADING.matcher(heading.group(1)).matches();
        continue;
      }
      Matcher m = inSources ? LINE.matcher(line) : null;
      if (m != null && m.matches()) {
        found.add(new CitedSource(m.group(1).strip(), m.group(2), checkedOn(m.group(3))));
      }
    }
    return found;
  }

  private static LocalDate checkedOn(String rest) {
    Matcher m = CHECKED.matcher(rest);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
