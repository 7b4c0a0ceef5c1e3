package dk.tegn.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway skipped only while the build and every history row are those it left behind. */
class SchemaStampTest {

  private final DataSource db = TestDatabase.dataSource();
  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void skipsOnlyTheSameBuildOnTheSameHistory(@TempDir Path dir) throws Exception {
    Path stamp = dir.resolve("schema-stamp");

    assertFalse(SchemaStamp.migrate(db, loader, stamp, "ROOT-a").skipped(), "no stamp yet");
    assertTrue(Files.readString(stamp).startsWith("ROOT-a "));
    SchemaStamp.Outcome again = SchemaStamp.migrate(db, loader, stamp, "ROOT-a");
    assertTrue(again.skipped(), "same build, same history");
    assertEquals(0, again.applied());

    assertFalse(SchemaStamp.migrate(db, loader, stamp, "ROOT-b").skipped(), "another build");
    assertTrue(SchemaStamp.migrate(db, loader, stamp, "ROOT-b").skipped());
  }

  @Test
  void aChangedHistoryGoesToFlywaysValidation(@TempDir Path dir) throws Exception {
    Path stamp = dir.resolve("schema-stamp");
    SchemaStamp.migrate(db, loader, stamp, "ROOT-c");
    long rank = firstVersionedRank();
    try {
      update(
          "UPDATE flyway_history_core SET checksum = checksum + 1 WHERE installed_rank = " + rank);
      // Flyway runs, and its validation finds the changed checksum
      assertThrows(FlywayException.class, () -> SchemaStamp.migrate(db, loader, stamp, "ROOT-c"));
    } finally {
      update(
          "UPDATE flyway_history_core SET checksum = checksum - 1 WHERE installed_rank = " + rank);
    }
    assertTrue(SchemaStamp.migrate(db, loader, stamp, "ROOT-c").skipped(), "the history is back");
  }

  @Test
  void aStampOfAnotherHistoryRunsFlyway(@TempDir Path dir) throws Exception {
    Path stamp = dir.resolve("schema-stamp");
    SchemaStamp.migrate(db, loader, stamp, "ROOT-d");
    Files.writeString(stamp, "ROOT-d " + "0".repeat(64) + "\n");
    assertFalse(
        SchemaStamp.migrate(db, loader, stamp, "ROOT-d").skipped(), "stamp not this history");
    assertTrue(SchemaStamp.migrate(db, loader, stamp, "ROOT-d").skipped());
  }

  private long firstVersionedRank() throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT MIN(installed_rank) FROM flyway_history_core"
                    + " WHERE checksum IS NOT NULL AND version IS NOT NULL")) {
      assertTrue(r.next());
      return r.getLong(1);
    }
  }

  private void update(String sql) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
