package dk.tegn.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.PrivacyProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every module declares the personal data it holds (issue 16): an entity field that holds personal
 * data (a name, an address, free text by or about a person, or a reference to a person's account)
 * must be named in the privacy provider of the module that owns its table. Declarations name only
 * their own module's tables and columns that exist, and every module that owns tables has a
 * provider. A new entity with such a field, or a new module, fails here until it is declared.
 */
class PrivacyCoverageTest {

  /**
   * Column names that hold personal data: who someone is, free text they wrote or that is about
   * them, encrypted case data ({@code _ct}), and references to a person's account ({@code
   * account_id}, {@code learner_id}, {@code *_by}).
   */
  static final Pattern PERSONAL =
      Pattern.compile(
          "username|display_name|email|recipient|subject|body|detail|response|comment"
              + "|password_hash|withdrawal_reason|.*_ct|account_id|learner_id|.*_account_id|.*_by");

  /** Matched by name but about no person: authored course content, with why. */
  static final Map<String, String> NOT_PERSONAL =
      Map.of(
          "crs_item.body",
          "a lesson's text, written by trainers about the subject, not a person",
          "asm_attempt.finished_by",
          "how an attempt ended (the learner or the timer), not who",
          "crd_reminder_text.subject",
          "an organisation's wording of a reminder for everyone it reminds, about no one",
          "crd_reminder_text.body",
          "an organisation's wording of a reminder for everyone it reminds, about no one");

  static final List<Class<?>> ENTITIES = new ArrayList<>();
  static final List<Declared> DECLARED = new ArrayList<>();

  static final ClassLoader LOADER = PrivacyCoverageTest.class.getClassLoader();

  record Declared(String module, Declaration declaration) {}

  @BeforeAll
  static void scan() throws Exception {
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(l -> !l.contains("/test-classes/") && !l.contains("-tests.jar"))
            .importPackages("dk.tegn")) {
      if (type.isAnnotatedWith(Entity.class)) {
        ENTITIES.add(Class.forName(type.getName(), false, LOADER));
      }
      if (type.isAssignableTo(PrivacyProvider.class)
          && !type.isInterface()
          && !type.getModifiers()
              .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
        Class<?> java = Class.forName(type.getName(), false, LOADER);
        var constructor = java.getDeclaredConstructor();
        constructor.setAccessible(true);
        PrivacyProvider provider = (PrivacyProvider) constructor.newInstance();
        DECLARED.add(new Declared(Modules.of(type), provider.declaration()));
      }
    }
    assertTrue(ENTITIES.size() > 30, "entities found: " + ENTITIES.size());
  }

  @Test
  void everyPersonalFieldOfEveryEntityIsDeclared() {
    Set<String> undeclared = new TreeSet<>();
    int personal = 0;
    for (Class<?> entity : ENTITIES) {
      String table = entity.getAnnotation(Table.class).name();
      for (Field field : entity.getDeclaredFields()) {
        String column = column(field);
        if (column == null || !PERSONAL.matcher(column).matches()) {
          continue;
        }
        if (NOT_PERSONAL.containsKey(table + "." + column)) {
          continue;
        }
        personal++;
        boolean covered = DECLARED.stream().anyMatch(d -> d.declaration().covers(table, column));
        if (!covered) {
          undeclared.add(
              entity.getSimpleName() + "." + field.getName() + " (" + table + "." + column + ")");
        }
      }
    }
    assertEquals(Set.of(), undeclared, "personal fields in no privacy provider's declaration");
    assertTrue(personal > 40, "personal fields checked: " + personal);
  }

  @Test
  void everyModuleThatOwnsTablesHasAProvider() {
    Set<String> withTables = new TreeSet<>();
    for (String module : Modules.NAMES) {
      if (!Modules.files(module, "resources", ".sql").isEmpty()) {
        withTables.add(module);
      }
    }
    Set<String> withProvider =
        DECLARED.stream().map(Declared::module).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(
        withProvider.containsAll(withTables), withTables + " but providers in " + withProvider);
  }

  /** A declaration names tables its module's migrations create, and columns in them. */
  @Test
  void declarationsNameOnlyTheirOwnTablesAndColumnsThatExist() {
    Map<String, String> problems = new TreeMap<>();
    for (Declared d : DECLARED) {
      String sql =
          Modules.files(d.module(), "resources", ".sql").stream()
              .map(Path::toString)
              .map(p -> Modules.read(Path.of(p)))
              .collect(Collectors.joining("\n"))
              .toLowerCase(Locale.ROOT);
      for (Declaration.Table t : d.declaration().tables()) {
        // created, or renamed in place to its name ("RENAME TABLE a TO b, c TO d": coordination)
        if (!Pattern.compile("(create table|\\w+\\s+to)\\s+" + t.name() + "\\b")
            .matcher(sql)
            .find()) {
          problems.put(t.name(), "not created by " + d.module() + "'s migrations");
          continue;
        }
        for (String c : t.columns()) {
          if (!Pattern.compile("\\b" + c + "\\b").matcher(sql).find()) {
            problems.put(t.name() + "." + c, "no such column in " + d.module());
          }
        }
      }
    }
    assertEquals(Map.of(), problems);
  }

  /** The column a field maps to; null for what is no column of this table. */
  private static String column(Field field) {
    if (Modifier.isStatic(field.getModifiers())
        || field.isAnnotationPresent(Transient.class)
        || field.isAnnotationPresent(Version.class)
        || field.isAnnotationPresent(OneToMany.class)
        || field.isAnnotationPresent(ManyToMany.class)) {
      return null;
    }
    Column column = field.getAnnotation(Column.class);
    if (column != null && !column.name().isEmpty()) {
      return column.name();
    }
    JoinColumn join = field.getAnnotation(JoinColumn.class);
    if (join != null && !join.name().isEmpty()) {
      return join.name();
    }
    return field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
