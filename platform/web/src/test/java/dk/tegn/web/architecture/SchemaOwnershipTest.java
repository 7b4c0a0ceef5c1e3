package dk.tegn.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: no module's migrations, native SQL or JPQL names a table or entity
 * of another module. A foreign key to core's accounts and organisations is the one shared reference
 * (the same exception as {@link ArchitectureTest#entitiesStayInTheirModule}). Today's crossings are
 * in {@link KnownDebt}.
 */
class SchemaOwnershipTest {

  /** What a migration creates under a name of its own: tables, and the triggers on them. */
  private static final Pattern CREATE =
      Pattern.compile(
          "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TABLE|TRIGGER|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)");

  private static final Pattern TABLE = Pattern.compile("\\b(?:plt|asm|crs|itk|crd)_[a-z0-9_]+\\b");

  /** The shared reference: a foreign key to core's accounts or organisations. */
  private static final Pattern SHARED_REFERENCE =
      Pattern.compile("(?i)\\bREFERENCES\\s+`?(?:plt_account|plt_organisation)\\b");

  /** The version of a versioned migration, V<version>__description.sql. */
  private static final Pattern VERSION = Pattern.compile("^V(\\d+)__");

  private static final Pattern SQL_WORD =
      Pattern.compile("(?i)\\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|INTO|TABLE|TRIGGER)\\b");

  /** Where JPQL names an entity: after FROM, JOIN or UPDATE, or in a FROM list after a comma. */
  private static final Pattern JPQL_ENTITY =
      Pattern.compile("(?:(?i:\\bFROM|\\bJOIN|\\bUPDATE)|,)\\s+([A-Z][A-Za-z0-9]*)\\b");

  /** Table (or trigger) -> the module whose migrations create it. */
  private static final Map<String, String> OWNERS = new HashMap<>();

  /** JPQL entity name -> module, for the entities no other module may query. */
  private static final Map<String, String> ENTITIES = new HashMap<>();

  @BeforeAll
  static void readOwnership() {
    for (String module : Modules.NAMES) {
      for (Path sql : Modules.files(module, "resources", ".sql")) {
        Matcher m = CREATE.matcher(sql(Modules.read(sql)));
        while (m.find()) {
          OWNERS.put(m.group(1).toLowerCase(), module);
        }
      }
    }
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(l -> !l.contains("/test-classes/") && !l.contains("-tests.jar"))
            .importPackages("dk.tegn")) {
      if (type.isAnnotatedWith(Entity.class) && !shared(type)) {
        String name = type.getAnnotationOfType(Entity.class).name();
        ENTITIES.put(name.isEmpty() ? type.getSimpleName() : name, Modules.of(type));
      }
    }
  }

  /** Core's accounts and organisations may be used by every module. */
  private static boolean shared(JavaClass type) {
    return type.getPackageName().equals("dk.tegn.core.account.entity")
        || type.getPackageName().equals("dk.tegn.core.organisation.entity");
  }

  /**
   * A module's migrations live in db/migration/<module>, and only a module with a prefix has any.
   */
  @Test
  void migrationsLiveInTheirModulesSchema() {
    Set<String> found = new TreeSet<>();
    for (String module : Modules.NAMES) {
      for (Path sql : Modules.files(module, "resources", ".sql")) {
        String schema = sql.getParent().getFileName().toString();
        if (!schema.equals(module) || !Modules.PREFIXES.containsKey(module)) {
          found.add(Modules.relative(sql.getParent()) + " | " + schema);
        }
      }
    }
    KnownDebt.assertMatches("schema", found);
  }

  /**
   * Tables and triggers carry their module's prefix, so a name says who owns it. A name that a
   * later migration of the module renames or drops is history (an applied migration is never
   * edited): the rule holds for the schema as the migrations leave it.
   */
  @Test
  void everyTableCarriesItsModulesPrefix() {
    Set<String> found = new TreeSet<>();
    for (String module : Modules.NAMES) {
      String prefix = Modules.PREFIXES.get(module);
      List<Path> migrations = inFlywayOrder(Modules.files(module, "resources", ".sql"));
      for (int i = 0; i < migrations.size(); i++) {
        Path sql = migrations.get(i);
        Matcher m = CREATE.matcher(sql(Modules.read(sql)));
        while (m.find()) {
          String name = m.group(1).toLowerCase();
          if ((prefix == null || !name.startsWith(prefix))
              && !goneLater(name, migrations.subList(i + 1, migrations.size()))) {
            found.add(Modules.relative(sql) + " | " + name);
          }
        }
      }
    }
    KnownDebt.assertMatches("prefix", found);
  }

  /** Versioned migrations by version, then the repeatable ones, as Flyway runs them. */
  static List<Path> inFlywayOrder(List<Path> migrations) {
    return migrations.stream()
        .sorted(
            Comparator.comparingLong(
                    (Path p) -> {
                      Matcher v = VERSION.matcher(p.getFileName().toString());
                      return v.find() ? Long.parseLong(v.group(1)) : Long.MAX_VALUE;
                    })
                .thenComparing(p -> p.getFileName().toString()))
        .toList();
  }

  /** Whether one of the later migrations drops the name or renames it to another. */
  private static boolean goneLater(String name, List<Path> later) {
    Pattern gone =
        Pattern.compile(
            "(?is)\\bDROP\\s+(?:TABLE|TRIGGER|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?`?"
                + name
                + "\\b|\\bRENAME\\s+TABLE\\b[^;]*?\\b"
                + name
                + "`?\\s+TO\\b");
    return later.stream().anyMatch(p -> gone.matcher(sql(Modules.read(p))).find());
  }

  /**
   * Applied migrations that named another module's tables and that later migrations of the module
   * undo. Flyway checks the checksum of every applied migration, so such a file cannot be edited
   * without breaking the upgrade of every existing database; it stays, and counts as history when
   * every trigger it creates is dropped (or renamed and then dropped) by a later migration: what
   * else it did over foreign tables ran once, when it was applied. The rule holds for the schema as
   * the migrations leave it, as {@link #everyTableCarriesItsModulesPrefix} does for names.
   */
  private static final Map<String, String> UNDONE_HISTORY =
      Map.of(
          "platform/coordination/src/main/resources/db/migration/coordination/V2__completion_counts.sql",
          "counter triggers on crs_enrolment, asm_attempt and plt_account (V4 drops them, R__ made"
              + " crd_ ones, V6 drops those) and a one-time count of the rows there were");

  private static final Pattern CREATE_TRIGGER =
      Pattern.compile("(?i)\\bCREATE\\s+TRIGGER\\s+`?(\\w+)");

  /** Migrations, triggers and indexes name only their own module's tables. */
  @Test
  void sqlResourcesNameOnlyTheirOwnTables() {
    Set<String> found = new TreeSet<>();
    Set<String> history = new TreeSet<>();
    for (String module : Modules.NAMES) {
      List<Path> migrations = inFlywayOrder(Modules.files(module, "resources", ".sql"));
      for (int i = 0; i < migrations.size(); i++) {
        Path sql = migrations.get(i);
        String text = sql(Modules.read(sql));
        if (UNDONE_HISTORY.containsKey(Modules.relative(sql))) {
          history.add(Modules.relative(sql));
          Matcher trigger = CREATE_TRIGGER.matcher(text);
          while (trigger.find()) {
            if (!goneLater(
                trigger.group(1).toLowerCase(), migrations.subList(i + 1, migrations.size()))) {
              found.add(
                  Modules.relative(sql) + " | trigger " + trigger.group(1) + " is not undone");
            }
          }
        } else {
          foreignTables(module, text, sql, found);
        }
      }
    }
    assertEquals(UNDONE_HISTORY.keySet(), history, "history exempted that no longer exists");
    KnownDebt.assertMatches("sql", found);
  }

  /** Native SQL in Java names only the module's own tables. */
  @Test
  void nativeSqlNamesOnlyItsOwnTables() {
    KnownDebt.assertMatches("native-sql", inQueries(SchemaOwnershipTest::foreignTables));
  }

  /** JPQL names only the module's own entities (and core's accounts and organisations). */
  @Test
  void jpqlNamesOnlyItsOwnEntities() {
    KnownDebt.assertMatches("jpql", inQueries(SchemaOwnershipTest::foreignEntities));
  }

  /** What a check finds in a query of a module's Java source. */
  private interface QueryCheck {
    void check(String module, String query, Path file, Set<String> found);
  }

  private static Set<String> inQueries(QueryCheck check) {
    Set<String> found = new TreeSet<>();
    for (String module : Modules.NAMES) {
      for (Path java : Modules.files(module, "java", ".java")) {
        for (String query : queries(java)) {
          check.check(module, query, java, found);
        }
      }
    }
    return found;
  }

  private static void foreignEntities(String module, String query, Path file, Set<String> found) {
    Matcher m = JPQL_ENTITY.matcher(query);
    while (m.find()) {
      String owner = ENTITIES.get(m.group(1));
      if (owner != null && !owner.equals(module)) {
        found.add(Modules.relative(file) + " | " + m.group(1));
      }
    }
  }

  /**
   * The string literals of a source that read as queries, or as a piece of one that names a table
   * with more beside it (a query built from parts: {@code "crs_enrolment e"}); a bare name, an
   * entity's or a table's given as an audit target, is no query.
   */
  private static List<String> queries(Path java) {
    return JavaStrings.literals(Modules.read(java)).stream()
        .filter(
            literal ->
                SQL_WORD.matcher(literal).find()
                    || (TABLE.matcher(literal).find() && literal.strip().contains(" ")))
        .toList();
  }

  private static void foreignTables(String module, String text, Path file, Set<String> found) {
    Matcher m = TABLE.matcher(SHARED_REFERENCE.matcher(text).replaceAll(""));
    while (m.find()) {
      String table = m.group();
      String owner = OWNERS.getOrDefault(table, Modules.ownerByPrefix(table));
      if (!module.equals(owner)) {
        found.add(Modules.relative(file) + " | " + table);
      }
    }
  }

  /** SQL without its comments, which may name anything. */
  private static String sql(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
  }
}
