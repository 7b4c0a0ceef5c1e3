package dk.tegn.courses.packaging.control;

import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.i18n.LocalizedText;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The package keys of a course's modules and items: the key the imported package gave it, else one
 * made from the title in the authoring language ("Tegn på tvang" becomes "tegn-paa-tvang"). Export
 * and import into an existing course compute them the same way, so an exported, edited and
 * re-imported package finds its modules and items again and trainees keep their progress.
 */
final class PackageKeys {

  private final Map<Object, String> keys = new IdentityHashMap<>();

  private PackageKeys() {}

  static PackageKeys of(Course course) {
    PackageKeys k = new PackageKeys();
    String language = course.getAuthoringLanguage();
    Set<String> moduleKeys = new HashSet<>();
    for (CourseModule m : course.getModules()) {
      k.keys.put(m, unique(key(m.getPackageKey(), m.getTitle(), language, "module"), moduleKeys));
      Set<String> itemKeys = new HashSet<>();
      for (CourseItem i : m.getItems()) {
        k.keys.put(i, unique(key(i.getPackageKey(), i.getTitle(), language, "item"), itemKeys));
      }
    }
    return k;
  }

  String of(CourseModule module) {
    return keys.get(module);
  }

  String of(CourseItem item) {
    return keys.get(item);
  }

  /** The key the package gave it, else one made from its title. */
  private static String key(
      String packageKey, LocalizedText title, String language, String fallback) {
    return packageKey != null ? packageKey : slug(title, language, fallback);
  }

  static String slug(LocalizedText title, String language, String fallback) {
    return slug(title.resolve(language, language), fallback);
  }

  static String slug(String text, String fallback) {
    String s =
        text.toLowerCase(Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "oe")
            .replace("å", "aa")
            .replace("ß", "ss");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-+$", "");
    }
    return s.isEmpty() ? fallback : s;
  }

  private static String unique(String key, Set<String> taken) {
    String candidate = key;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = key + "-" + n;
    }
    return candidate;
  }
}
