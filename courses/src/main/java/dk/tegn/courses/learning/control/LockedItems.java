package dk.tegn.courses.learning.control;

import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.courses.version.entity.PublishedModule;
import dk.tegn.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * Why an item is closed to a trainee, in words: the item, its module and the module to complete
 * first. Whether it is closed is decided by {@code CourseProgress.isOpen} alone, for the player and
 * for a quiz asked for outside it alike.
 */
public final class LockedItems {

  private LockedItems() {}

  /**
   * The reason, in {@code locale} (titles by the fallback rule with {@code organisationDefault}).
   */
  public static String reason(
      PublishedCourse course, PublishedItem item, Locale locale, String organisationDefault) {
    String language = locale.getLanguage();
    List<PublishedModule> modules = course.modules();
    PublishedModule module = course.moduleOf(item.key()).orElseThrow();
    int index = modules.indexOf(module);
    String before =
        index > 0 ? modules.get(index - 1).title().resolve(language, organisationDefault) : "";
    return Messages.get(
        Messages.COURSES,
        locale,
        "courses_rules.itemLocked",
        item.title().resolve(language, organisationDefault),
        module.title().resolve(language, organisationDefault),
        before);
  }

  /** Words for the link that takes the trainee back into the course, where they left off. */
  public static String toCourse(PublishedCourse course, Locale locale, String organisationDefault) {
    return Messages.get(
        Messages.COURSES,
        locale,
        "courses_rules.toCourse",
        course.title().resolve(locale.getLanguage(), organisationDefault));
  }

  /** The player of the course; without an item it opens where the trainee left off. */
  public static String playerPath(long courseId) {
    return "/courses/learn/player.xhtml?course=" + courseId;
  }
}
