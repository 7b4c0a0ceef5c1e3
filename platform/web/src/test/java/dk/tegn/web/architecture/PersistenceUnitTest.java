package dk.tegn.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The WAR's persistence unit lists its entities and converters instead of letting EclipseLink scan
 * the modules' jars for them at every start (ops/BENCHMARKS.md §8): so a mapped class of any module
 * that is not listed would be unknown at run time. This keeps the list and the code in step.
 */
class PersistenceUnitTest {

  private static final Pattern LISTED = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

  private static final List<Class<? extends java.lang.annotation.Annotation>> MAPPED =
      List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

  @Test
  void listsEveryMappedClassOfEveryModuleAndNothingElse() {
    String unit =
        Modules.read(Modules.folder("web").resolve("src/main/resources/META-INF/persistence.xml"));
    assertTrue(
        unit.contains("<exclude-unlisted-classes>true</exclude-unlisted-classes>"),
        "the unit maps only what it lists");
    Set<String> listed = new TreeSet<>();
    Matcher m = LISTED.matcher(unit);
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> mapped = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(l -> !l.contains("/test-classes/") && !l.contains("-tests.jar"))
            .importPackages("dk.tegn")) {
      if (MAPPED.stream().anyMatch(type::isAnnotatedWith)) {
        mapped.add(type.getName());
      }
    }
    assertTrue(mapped.size() > 50, "the modules' mapped classes were found: " + mapped);
    assertEquals(
        mapped,
        listed,
        "platform/web/src/main/resources/META-INF/persistence.xml must list (<class>) exactly the"
            + " entities and converters of the modules");
  }
}
