package dk.tegn.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
    return new MessageFormat(pattern, locale).format(said);
  }

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
