package dk.tegn.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages Tegn ships and the two rules every module follows: which UI locale a caller gets,
 * and in what order translated content falls back.
 */
public final class ContentLanguages {

  /** Shipped UI locales; another locale is a set of bundle files, not code. */
  public static final List<String> SUPPORTED = List.of("da", "en");

  public static final String DEFAULT = "da";

  private ContentLanguages() {}

  /** Requested language, then the organisation's default, then Danish, then English. */
  public static List<String> fallbackOrder(String requested, String organisationDefault) {
    Set<String> order = new LinkedHashSet<>();
    addIfPresent(order, requested);
    addIfPresent(order, organisationDefault);
    order.add("da");
    order.add("en");
    return List.copyOf(order);
  }

  /**
   * The UI locale: the account's preference, else the first supported language the browser accepts,
   * else the organisation's default, else Danish.
   */
  public static Locale resolveUiLocale(
      String accountPreference, List<Locale> acceptedByBrowser, String organisationDefault) {
    if (isSupported(accountPreference)) {
      return Locale.forLanguageTag(accountPreference);
    }
    for (Locale accepted : acceptedByBrowser) {
      if (isSupported(accepted.getLanguage())) {
        return Locale.forLanguageTag(accepted.getLanguage());
      }
    }
    if (isSupported(organisationDefault)) {
      return Locale.forLanguageTag(organisationDefault);
    }
    return Locale.forLanguageTag(DEFAULT);
  }

  public static boolean isSupported(String language) {
    return language != null && SUPPORTED.contains(language);
  }

  private static void addIfPresent(Set<String> order, String language) {
    if (language != null && !language.isBlank()) {
      order.add(language);
    }
  }
}
