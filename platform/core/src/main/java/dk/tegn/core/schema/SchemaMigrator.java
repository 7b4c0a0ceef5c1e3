package dk.tegn.core.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
      adoptFormerHistory(dataSource, module);
      int count =
          Flyway.configure(classLoader)
              .dataSource(dataSource)
              .locations("classpath:db/migration/" + module.name())
              .table(historyTable(module.name()))
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

  /** The table of Flyway's history of the module named {@code moduleName}. */
  static String historyTable(String moduleName) {
    return "flyway_history_" + moduleName;
  }

  /** Renames the history a module kept under its former name, once, before Flyway reads it. */
  static void adoptFormerHistory(DataSource dataSource, SchemaModule module) {
    if (module.formerName() == null) {
      return;
    }
    String former = historyTable(module.formerName());
    String current = historyTable(module.name());
    try (Connection c = dataSource.getConnection()) {
      if (tableExists(c, former) && !tableExists(c, current)) {
        try (Statement s = c.createStatement()) {
          s.execute("RENAME TABLE " + former + " TO " + current);
        }
        LOG.info(() -> "schema " + module.name() + ": took over the history " + former);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take over " + former + " as " + current, e);
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?")) {
      q.setString(1, table);
      try (ResultSet r = q.executeQuery()) {
        return r.next() && r.getLong(1) > 0;
      }
    }
  }

  static List<SchemaModule> modules(ClassLoader classLoader) {
    return ServiceLoader.load(SchemaModule.class, classLoader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(SchemaModule::order))
        .toList();
  }
}
