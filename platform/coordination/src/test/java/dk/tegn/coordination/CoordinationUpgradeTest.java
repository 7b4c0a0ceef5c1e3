package dk.tegn.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mysql.cj.jdbc.MysqlDataSource;
import dk.tegn.core.schema.SchemaMigrator;
import dk.tegn.core.testing.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database made before coordination had its own module (its migrations V1-V3 recorded as the
 * schema "platform", its tables named plt_) upgrades with Flyway to the crd_ layout and keeps every
 * row of every table; the counter triggers on other modules' tables are gone afterwards.
 */
class CoordinationUpgradeTest {

  /** Coordination's tables, without their prefix (plt_ before the upgrade, crd_ after). */
  private static final List<String> TABLES =
      List.of(
          "cohort",
          "cohort_member",
          "assignment",
          "org_settings",
          "registration_domain",
          "registration",
          "enrolment_key",
          "reminder",
          "rate_event",
          "completion_count",
          "completion_due",
          "quiz_count");

  /** The versioned migrations main had for the schema "platform", unchanged since. */
  private static final List<String> MAIN_MIGRATIONS =
      List.of(
          "V1__coordination.sql",
          "V2__completion_counts.sql",
          "V3__self_registration_settings.sql");

  @Test
  void aDatabaseFromBeforeTheModuleUpgradesWithEveryRowKept() throws Exception {
    DataSource db = freshDatabase("tegn_upgrade");
    for (String module : List.of("core", "assessments", "courses")) {
      flyway(db, "classpath:db/migration/" + module, module).migrate();
    }
    Path main = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "platform-");
    for (String migration : MAIN_MIGRATIONS) {
      try (InputStream in =
          getClass().getResourceAsStream("/db/migration/coordination/" + migration)) {
        Files.copy(in, main.resolve(migration));
      }
    }
    flyway(db, "filesystem:" + main, "platform").migrate();
    fillEveryTable(db);
    Map<String, List<String>> before = new LinkedHashMap<>();
    for (String table : TABLES) {
      before.put(table, rows(db, "plt_" + table));
      assertFalse(before.get(table).isEmpty(), "no rows to keep in plt_" + table);
    }

    SchemaMigrator.migrate(db, getClass().getClassLoader());

    for (String table : TABLES) {
      List<String> after = rows(db, "crd_" + table);
      if (table.equals("quiz_count")) {
        // V5 adds context_id after quiz_id: 0, taken outside a course, for every row before it
        after = after.stream().map(r -> r.replaceFirst("^((?:[^|]*\\|){3})0\\|", "$1")).toList();
      }
      assertEquals(before.get(table), after, "rows of crd_" + table);
      assertFalse(exists(db, "plt_" + table), "plt_" + table + " is left behind");
    }
    assertFalse(exists(db, "flyway_history_platform"), "the old history is taken over");
    assertEquals(
        List.of("1|1", "2|1", "3|1", "4|1", "5|1", "6|1", "7|1", "8|1"),
        query(
            db,
            "SELECT version, CAST(success AS UNSIGNED) FROM flyway_history_coordination"
                + " WHERE version IS NOT NULL AND type <> 'BASELINE' ORDER BY installed_rank"));
    // the counters are kept in Java from published facts now (V6): the one trigger left is on
    // coordination's own table, none on another module's
    assertEquals(
        List.of("crd_count_cohort_delete|crd_cohort"),
        query(
            db,
            "SELECT trigger_name, event_object_table FROM information_schema.triggers"
                + " WHERE trigger_schema = DATABASE()"));
  }

  /** A row in every coordination table; the enrolment goes through the counter triggers of main. */
  private static void fillEveryTable(DataSource db) throws SQLException {
    update(
        db,
        "INSERT INTO plt_organisation (code, name, created_at) VALUES ('upgrade', 'Opgradering',"
            + " NOW())");
    for (String user : List.of("upgrade-a", "upgrade-b")) {
      update(
          db,
          "INSERT INTO plt_account (username, display_name, email, organisation_id, password_hash,"
              + " password_changed_at, created_at) SELECT '"
              + user
              + "', '"
              + user
              + "', '"
              + user
              + "@upgrade.example', id, 'x', NOW(), NOW() FROM plt_organisation"
              + " WHERE code = 'upgrade'");
    }
    String org = "(SELECT id FROM plt_organisation WHERE code = 'upgrade')";
    String person = "(SELECT id FROM plt_account WHERE username = 'upgrade-a')";
    update(
        db,
        "INSERT INTO crs_course (organisation_id, authoring_language, title, summary, audiences,"
            + " languages, estimated_minutes, created_by, created_at) VALUES ("
            + org
            + ", 'da', 'Kursus', 'Resumé', 'POLICE', 'da', 30, "
            + person
            + ", NOW())");
    String course = "(SELECT MIN(id) FROM crs_course)";
    update(
        db,
        "INSERT INTO plt_cohort (organisation_id, name, created_at) VALUES ("
            + org
            + ", 'Hold 1', NOW())");
    String cohort = "(SELECT MIN(id) FROM plt_cohort)";
    update(
        db,
        "INSERT INTO plt_cohort_member (cohort_id, account_id, joined_at) VALUES ("
            + cohort
            + ", "
            + person
            + ", NOW())");
    update(
        db,
        "INSERT INTO plt_assignment (organisation_id, course_id, cohort_id, due_on, assigned_at)"
            + " VALUES ("
            + org
            + ", "
            + course
            + ", "
            + cohort
            + ", '2027-04-01', NOW())");
    update(
        db,
        "INSERT INTO crs_enrolment (account_id, course_id, version_number, enrolled_at, due_on,"
            + " active) VALUES ("
            + person
            + ", "
            + course
            + ", 1, NOW(), '2027-04-01', TRUE)");
    update(
        db,
        "INSERT INTO plt_org_settings (organisation_id, self_registration,"
            + " registration_cohort_id, time_zone) VALUES ("
            + org
            + ", TRUE, "
            + cohort
            + ", 'Europe/Copenhagen')");
    update(
        db,
        "INSERT INTO plt_registration_domain (organisation_id, domain) VALUES ("
            + org
            + ", 'upgrade.example')");
    update(
        db,
        "INSERT INTO plt_registration (email, display_name, organisation_id, password_hash,"
            + " locale, token_hash, status, created_at, expires_at) VALUES ('ny@upgrade.example',"
            + " 'Ny', "
            + org
            + ", 'x', 'da', REPEAT('a', 64), 'PENDING', NOW(), NOW())");
    update(
        db,
        "INSERT INTO plt_enrolment_key (organisation_id, course_id, key_hash, due_days,"
            + " created_at) VALUES ("
            + org
            + ", "
            + course
            + ", REPEAT('b', 64), 14, NOW())");
    update(
        db,
        "INSERT INTO plt_reminder (enrolment_id, kind, sent_on) SELECT id, 'OVERDUE', '2027-04-02'"
            + " FROM crs_enrolment");
    update(db, "INSERT INTO plt_rate_event (bucket, at) VALUES (REPEAT('c', 64), NOW())");
    update(
        db,
        "INSERT INTO plt_quiz_count (cohort_id, organisation_id, quiz_id, attempts, passed,"
            + " score_sum) VALUES (0, "
            + org
            + ", 1, 2, 1, 130)");
  }

  private static DataSource freshDatabase(String name) throws Exception {
    String url = TestDatabase.start();
    String server = url.substring(0, url.lastIndexOf('/') + 1);
    try (Connection c = DriverManager.getConnection(server, "root", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    MysqlDataSource ds = new MysqlDataSource();
    ds.setURL(server + name);
    ds.setUser(TestDatabase.USER);
    ds.setPassword(TestDatabase.PASSWORD);
    return ds;
  }

  private static Flyway flyway(DataSource db, String location, String schema) {
    return Flyway.configure(CoordinationUpgradeTest.class.getClassLoader())
        .dataSource(db)
        .locations(location)
        .table("flyway_history_" + schema)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }

  /** Every row of a table, each as its columns joined by '|', sorted. */
  private static List<String> rows(DataSource db, String table) throws SQLException {
    return query(db, "SELECT * FROM " + table).stream().sorted().toList();
  }

  private static List<String> query(DataSource db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static boolean exists(DataSource db, String table) throws SQLException {
    return !query(
            db,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = '"
                + table
                + "'")
        .isEmpty();
  }

  private static void update(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
