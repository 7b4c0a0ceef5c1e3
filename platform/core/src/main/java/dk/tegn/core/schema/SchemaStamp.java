package dk.tegn.core.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Flyway's run at start skipped when it can only find nothing to do. Flyway decides from two things
 * only: the migration scripts (fixed by the build) and the database's history tables. A stamp file
 * records the build and a digest of every module's history as Flyway left it after a successful
 * migrate (which validated it); while the build and the history are the same, Flyway would validate
 * the same scripts against the same rows and apply nothing, so it is not loaded at all. Any
 * difference (another build, a restored backup, a migration run by another instance, a history
 * table missing or unreadable) runs Flyway as before, and the stamp is written anew after it.
 *
 * <p>Only the launcher names a stamp (its data folder, the unpacked WAR's name as the build): it
 * spared a warm restart Flyway's six validates (ops/BENCHMARKS.md §8).
 */
public final class SchemaStamp {

  private static final Logger LOG = Logger.getLogger(SchemaStamp.class.getName());

  /** What a start did with the schema. */
  public record Outcome(int applied, boolean skipped) {}

  private SchemaStamp() {}

  /**
   * Migrates through {@link SchemaMigrator#migrate} unless {@code stamp} holds {@code build} and
   * the digest of the history there is now.
   */
  public static Outcome migrate(
      DataSource dataSource, ClassLoader classLoader, Path stamp, String build) {
    List<SchemaModule> modules = SchemaMigrator.modules(classLoader);
    Optional<String> before = history(dataSource, modules);
    if (before.isPresent() && line(build, before.get()).equals(read(stamp))) {
      return new Outcome(0, true);
    }
    int applied = SchemaMigrator.migrate(dataSource, classLoader);
    history(dataSource, modules).ifPresent(after -> write(stamp, line(build, after)));
    return new Outcome(applied, false);
  }

  private static String line(String build, String history) {
    return build + " " + history;
  }

  /**
   * A digest of every row of every module's history, in the order Flyway installed them; empty when
   * a table is missing or cannot be read.
   */
  static Optional<String> history(DataSource dataSource, List<SchemaModule> modules) {
    MessageDigest digest = sha256();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (SchemaModule module : modules) {
        digest.update(("module " + module.name() + "\n").getBytes(StandardCharsets.UTF_8));
        try (ResultSet r =
            s.executeQuery(
                "SELECT installed_rank, version, description, type, script, checksum, success"
                    + " FROM "
                    + SchemaMigrator.historyTable(module.name())
                    + " ORDER BY installed_rank")) {
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= 7; i++) {
              row.append(r.getString(i)).append('\t');
            }
            digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    } catch (SQLException e) {
      LOG.fine(() -> "no schema history to compare (" + e.getMessage() + "): Flyway runs");
      return Optional.empty();
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  private static String read(Path stamp) {
    try {
      return Files.isRegularFile(stamp) ? Files.readString(stamp).strip() : "";
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Written beside and moved in place; a stamp that cannot be written only costs the next start.
   */
  private static void write(Path stamp, String line) {
    try {
      Path dir = stamp.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path next = Files.createTempFile(dir, stamp.getFileName().toString(), ".next");
      Files.writeString(next, line + "\n");
      Files.move(next, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot write the schema stamp " + stamp + ": " + e.getMessage());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
