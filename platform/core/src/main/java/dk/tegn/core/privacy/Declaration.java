package dk.tegn.core.privacy;

import java.io.Serializable;
import java.util.List;

/**
 * A module's record of processing. Texts are bundle keys ({@code <prefix>.purpose}, {@code
 * .legalBasis}, {@code .retention}, {@code .erasure}, {@code .title}) in the module's bundle, in
 * Danish and English.
 *
 * @param module the module's name (core, assessments, courses, intake, coordination)
 * @param bundle the module's i18n bundle
 * @param prefix the keys' common prefix, e.g. "privacy.courses"
 * @param tables every table holding personal data, with its personal columns
 */
public record Declaration(String module, String bundle, String prefix, List<Table> tables)
    implements Serializable {

  public Declaration {
    tables = List.copyOf(tables);
  }

  /** One table and the columns in it that say something about a person. */
  public record Table(String name, List<String> columns) implements Serializable {

    public Table {
      columns = List.copyOf(columns);
    }
  }

  public static Table table(String name, String... columns) {
    return new Table(name, List.of(columns));
  }

  public String key(String part) {
    return prefix + "." + part;
  }

  /** True when the column is declared as personal in the table. */
  public boolean covers(String table, String column) {
    return tables.stream()
        .anyMatch(t -> t.name().equalsIgnoreCase(table) && t.columns().contains(column));
  }
}
