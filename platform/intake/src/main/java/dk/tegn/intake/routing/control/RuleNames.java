package dk.tegn.intake.routing.control;

import dk.tegn.core.persistence.LocalizedTextConverter;

/**
 * A routing rule's name as a reader sees it. An admin's rule keeps the words the admin wrote; the
 * rules Tegn seeds carry both languages as {@code {"da": "...", "en": "..."}} (migration V4), so a
 * Danish screen no longer says "Women". A referral keeps the name of the rule that routed it, with
 * {@link Router#FALLBACK_PREFIX} when no rule matched.
 */
public final class RuleNames {

  private RuleNames() {}

  /** The name in the language, the stored text itself when it is not bilingual. */
  public static String resolve(String stored, String language) {
    if (stored == null) {
      return "";
    }
    String name = isFallback(stored) ? stored.substring(Router.FALLBACK_PREFIX.length()) : stored;
    if (!name.startsWith("{")) {
      return name;
    }
    try {
      return new LocalizedTextConverter().convertToEntityAttribute(name).resolve(language, "da");
    } catch (RuntimeException notJson) {
      // an admin may start a plain name with a brace: shown as written
      return name;
    }
  }

  /** Whether no rule matched and the last rule took the referral. */
  public static boolean isFallback(String stored) {
    return stored != null && stored.startsWith(Router.FALLBACK_PREFIX);
  }
}
