package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 4: the launcher supervises its embedded MariaDB. After {@code kill -9} of
 * mariadbd the supervisor starts it again on the same port and data folder, and every committed row
 * is there (InnoDB recovers from its redo log).
 */
class DatabaseSupervisionIT {

  @Test
  void aKilledDatabaseIsStartedAgainOnItsPortWithItsCommittedData() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "supervision-it-");
    EmbeddedDatabase db = EmbeddedDatabase.start(data);
    try {
      db.supervise();
      try (Connection c = connect(db);
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE acknowledged (id INT PRIMARY KEY) ENGINE=InnoDB");
        for (int i = 1; i <= 100; i++) {
          s.execute("INSERT INTO acknowledged VALUES (" + i + ")");
        }
      }
      List<ProcessHandle> servers =
          ProcessHandle.allProcesses()
              .filter(p -> EmbeddedDatabase.servesDataDir(p, data.resolve("mariadb")))
              .toList();
      assertEquals(1, servers.size(), "one mariadbd serves the folder");
      long killed = servers.get(0).pid();
      servers.get(0).destroyForcibly();
      servers.get(0).onExit().get(30, TimeUnit.SECONDS);

      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      Long rows = null;
      while (rows == null && System.nanoTime() < deadline) {
        Thread.sleep(500);
        try (Connection c = connect(db);
            Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT COUNT(*) FROM acknowledged")) {
          r.next();
          rows = r.getLong(1);
        } catch (SQLException | LaunchException down) {
          // not back yet
        }
      }
      assertEquals(100L, rows, "back within 90 s with every committed row");
      assertTrue(db.running());
      long restarted =
          ProcessHandle.allProcesses()
              .filter(p -> EmbeddedDatabase.servesDataDir(p, data.resolve("mariadb")))
              .findFirst()
              .orElseThrow()
              .pid();
      assertTrue(restarted != killed, "a new process");
    } finally {
      db.stop();
    }
  }

  private static Connection connect(EmbeddedDatabase db) throws SQLException {
    return Jdbc.connect(db.url(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
  }
}
