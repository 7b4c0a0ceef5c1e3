package dk.tegn.core.faces;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them (issue 17, defect 12): Danish {@code 20.12.2026}, English {@code
 * 20/12/2026} or, as Americans write it, {@code 12/20/2026}, with dots, slashes or dashes, two- or
 * four-digit years, and ISO {@code 2026-12-20} in every language. A date shows in the language's
 * own pattern ({@link #pattern}). Typed day and month that could be either way round (05/06/2026)
 * are read day first, as the shown pattern says.
 */
public final class TypedDates {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{2}|\\d{4})");

  private TypedDates() {}

  /** The pattern a date is shown and first read in: dd.MM.yyyy in Danish, dd/MM/yyyy otherwise. */
  public static String pattern(Locale locale) {
    return "da".equals(locale.getLanguage()) ? "dd.MM.yyyy" : "dd/MM/yyyy";
  }

  public static String format(LocalDate date, Locale locale) {
    return date == null ? "" : DateTimeFormatter.ofPattern(pattern(locale)).format(date);
  }

  /**
   * @return the date, or null for blank text
   * @throws IllegalArgumentException when the text is no date
   */
  public static LocalDate parse(String text, Locale locale) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return null;
    }
    try {
      Matcher iso = ISO.matcher(typed);
      if (iso.matches()) {
        return LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
      }
      Matcher m = NUMERIC.matcher(typed);
      if (m.matches()) {
        int first = number(m, 1);
        int second = number(m, 2);
        int year = number(m, 3);
        if (m.group(3).length() == 2) {
          year += 2000;
        }
        boolean monthFirst = !"da".equals(locale.getLanguage()) && first <= 12 && second > 12;
        return monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such day: " + typed, e);
    }
    throw new IllegalArgumentException("not a date: " + typed);
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
