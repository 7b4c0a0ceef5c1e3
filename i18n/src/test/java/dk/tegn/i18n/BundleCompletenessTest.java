package dk.tegn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundleCompletenessTest {

  static Stream<String> bundles() {
    return Stream.of(
        "dk/tegn/i18n/PlatformMessages",
        "dk/tegn/i18n/CoursesMessages",
        "dk/tegn/i18n/AssessmentsMessages",
        "dk/tegn/i18n/IntakeMessages",
        "dk/tegn/i18n/LtiMessages",
        "ValidationMessages");
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyKeyExistsInEveryShippedLocaleAndNoTextIsBlank(String bundle) throws IOException {
    Set<String> reference = null;
    String referenceLocale = null;
    for (String language : ContentLanguages.SUPPORTED) {
      Properties p = load(bundle + "_" + language + ".properties");
      for (String key : p.stringPropertyNames()) {
        assertTrue(!p.getProperty(key).isBlank(), bundle + "_" + language + ": blank " + key);
      }
      Set<String> keys = new TreeSet<>(p.stringPropertyNames());
      if (reference == null) {
        reference = keys;
        referenceLocale = language;
      } else {
        Set<String> onlyHere = new TreeSet<>(keys);
        onlyHere.removeAll(reference);
        Set<String> onlyThere = new TreeSet<>(reference);
        onlyThere.removeAll(keys);
        assertEquals(Set.of(), onlyHere, bundle + ": keys only in " + language);
        assertEquals(Set.of(), onlyThere, bundle + ": keys only in " + referenceLocale);
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in =
        BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertTrue(in != null, "missing " + resource);
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
