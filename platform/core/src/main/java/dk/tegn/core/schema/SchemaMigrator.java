package dk.tegn.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Runs every module's Flyway migrations in dependency order. Used at start and by tests. */
public final class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  /** Migrates all registered modules and returns how many migrations were applied. */
  public static int migrate(DataSource dataSource, ClassLoader classLoader) {
    int applied = 0;
    for (SchemaModule module : modules(classLoader)) {
      int count =
          Flyway.configure(classLoader)
              .dataSource(dataSource)
              .locations("classpath:db/migration/" + module.name())
              .table("flyway_history_" + module.name())
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate()
              .migrationsExecuted;
      LOG.info(() -> "schema " + module.name() + ": " + count + " migration(s) applied");
      applied += count;
    }
    return applied;
  }

  static List<SchemaModule> modules(ClassLoader classLoader) {
    return ServiceLoader.load(SchemaModule.class, classLoader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(SchemaModule::order))
        .toList();
  }
}
