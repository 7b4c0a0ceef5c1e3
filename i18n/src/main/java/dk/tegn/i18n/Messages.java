package dk.tegn.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Reads a message from one of Tegn's bundles outside Faces (mails, REST errors, PDFs). */
public final class Messages {

  public static final String PLATFORM = "dk.tegn.i18n.PlatformMessages";
  public static final String COURSES = "dk.tegn.i18n.CoursesMessages";
  public static final String ASSESSMENTS = "dk.tegn.i18n.AssessmentsMessages";
  public static final String INTAKE = "dk.tegn.i18n.IntakeMessages";
  public static final String LTI = "dk.tegn.i18n.LtiMessages";

  private Messages() {}

  public static String get(String bundle, Locale locale, String key, Object... arguments) {
    ResourceBundle resources = resources(bundle, locale);
    String pattern;
    try {
      pattern = resources.getString(key);
    } catch (MissingResourceException e) {
      // a missing key shows itself instead of breaking the page; the bundle test catches it first
      return "???" + key + "???";
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] said = arguments.clone();
    for (int i = 0; i < said.length; i++) {
      if (said[i] instanceof Localized text) {
        said[i] = text.in(locale);
      }
    }
    return format(locale, pattern, said);
  }

  /**
   * Formats with the pattern parsed once per locale: the quiz page formats three messages per
   * question and one per row of its map on every page (ops/BENCHMARKS.md §9.11), and parsing the
   * pattern was most of each. A MessageFormat is not thread-safe only through its subformats
   * (number, date, choice), which format() uses and changes; a pattern without any ({0} alone) only
   * reads its parsed state, so it is shared, and one with subformats is cloned per call.
   */
  static String format(Locale locale, String pattern, Object[] arguments) {
    Parsed parsed = FORMATS.get(new FormatKey(locale, pattern));
    if (parsed == null) {
      parsed = Parsed.of(new MessageFormat(pattern, locale));
      // the patterns are the bundles' and the locales the few the bundles have; the bound only
      // keeps an unexpected caller (a pattern built at run time) from growing the map for ever
      if (FORMATS.size() < MAX_CACHED) {
        FORMATS.putIfAbsent(new FormatKey(locale, pattern), parsed);
      }
    }
    MessageFormat format =
        parsed.shared() ? parsed.format() : (MessageFormat) parsed.format().clone();
    return format.format(arguments);
  }

  private record FormatKey(Locale locale, String pattern) {}

  private record Parsed(MessageFormat format, boolean shared) {
    static Parsed of(MessageFormat format) {
      for (Format sub : format.getFormats()) {
        if (sub != null) {
          return new Parsed(format, false);
        }
      }
      return new Parsed(format, true);
    }
  }

  private static final int MAX_CACHED = 10_000;
  private static final ConcurrentMap<FormatKey, Parsed> FORMATS = new ConcurrentHashMap<>();

  /**
   * The message of {@code key}, or {@code otherwise} where the bundle has none (open sets of
   * codes).
   */
  public static String getOr(String bundle, Locale locale, String key, String otherwise) {
    ResourceBundle resources = resources(bundle, locale);
    return resources.containsKey(key) ? resources.getString(key) : otherwise;
  }

  private static ResourceBundle resources(String bundle, Locale locale) {
    return ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** Never fall back to the JVM's default locale: da stays da on an English server. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
