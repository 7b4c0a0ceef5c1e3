package dk.tegn.core.schema;

/**
 * A module that owns tables. Registered through {@code
 * META-INF/services/dk.tegn.core.schema.SchemaModule} so that core migrates every module without
 * knowing them. Migrations live in {@code db/migration/<name>}, history in {@code
 * flyway_history_<name>}.
 */
public interface SchemaModule {

  /** Short name, e.g. "core"; also the migration folder and history table suffix. */
  String name();

  /** Migration order: a module migrates after every module it depends on. */
  int order();

  /**
   * The name this module's migrations were recorded under before it had its own (null: none). A
   * database that still has {@code flyway_history_<formerName>} and no history of this name keeps
   * that history under the new name, so the migrations it already ran are not run again.
   */
  default String formerName() {
    return null;
  }
}
