package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.control.ImportPreview;
import dk.tegn.coordination.enrolment.control.Assignments;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A big people file into a cohort with two courses assigned: every row joins the cohort and is
 * enrolled in both, with its reminder rows, mails and counts. A tenth of the rows are people who
 * have an account already (no invitation for them). The suite imports 1,000 rows; the figure in
 * ops/BENCHMARKS.md §7.2 comes from {@code -Dtegn.test.importRows=10000} (the file's limit).
 */
class ImportScaleTest {

  static final int ROWS = Integer.getInteger("tegn.test.importRows", 1_000);

  final CoordinationKit kit = new CoordinationKit();

  @Test
  void aBigPeopleFileJoinsEnrolsMailsAndCountsEveryRow() {
    Org org = kit.organisation(0);
    String cohortName = "Import " + org.suffix();
    List<Long> courses =
        List.of(kit.course(org.id(), false, null), kit.course(org.id(), false, null));
    long cohort =
        kit.as(
            org.coordinator(),
            w -> {
              long id = w.get(Cohorts.class).create(org.id(), cohortName).getId();
              for (long course : courses) {
                w.get(Assignments.class).assignToCohort(id, course, LocalDate.parse("2027-06-01"));
              }
              return id;
            });
    String csv = file(org, cohortName, ROWS);
    existing(org, ROWS);

    long start = System.nanoTime();
    ImportPreview done =
        kit.as(
            org.coordinator(),
            w -> w.get(Cohorts.class).importFile(org.id(), csv.getBytes(StandardCharsets.UTF_8)));
    long took = (System.nanoTime() - start) / 1_000_000;

    assertEquals(ROWS - ROWS / 10, done.getNewAccounts());
    assertEquals(
        ROWS, kit.number("SELECT COUNT(*) FROM crd_cohort_member WHERE cohort_id = ?1", cohort));
    for (long course : courses) {
      assertEquals(
          ROWS,
          kit.number(
              "SELECT COUNT(*) FROM crs_enrolment WHERE course_id = ?1 AND active"
                  + " AND due_on = '2027-06-01'",
              course),
          "enrolled, due as assigned");
      assertEquals(
          ROWS,
          kit.number(
              "SELECT COUNT(*) FROM crd_reminder r JOIN crs_enrolment e ON e.id = r.enrolment_id"
                  + " WHERE e.course_id = ?1 AND r.kind = 'ASSIGNED'",
              course));
      for (long c : new long[] {0, cohort}) {
        assertEquals(
            List.of("N|" + ROWS),
            kit.rows(
                "SELECT status, n FROM crd_completion_count WHERE cohort_id = ?1"
                    + " AND organisation_id = ?2 AND course_id = ?3 AND n <> 0",
                c,
                org.id(),
                course),
            "counted, cohort " + c);
      }
    }
    assertEquals(
        2L * ROWS,
        kit.number(
            "SELECT COUNT(*) FROM plt_outbox WHERE organisation_id = ?1 AND subject ="
                + " 'Nyt kursus: Tegn på menneskehandel'",
            org.id()),
        "a mail per enrolment");
    assertEquals(3, kit.mailsTo(email(org, 1)).size(), "a new account: its invitation and two");
    assertEquals(2, kit.mailsTo(email(org, 0)).size(), "an account there before: no invitation");

    // the same file again: everyone a member already, nothing changes
    kit.as(
        org.coordinator(),
        w -> w.get(Cohorts.class).importFile(org.id(), csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        ROWS, kit.number("SELECT COUNT(*) FROM crd_cohort_member WHERE cohort_id = ?1", cohort));
    assertEquals(
        2L * ROWS,
        kit.number(
            "SELECT COUNT(*) FROM crs_enrolment WHERE course_id IN (?1, ?2)",
            courses.get(0),
            courses.get(1)));
    System.out.printf(
        "ImportScaleTest: a people file of %,d rows into a cohort with two courses: %,d ms%n",
        ROWS, took);
  }

  /**
   * A file's new people are made and invited a batch at a time: no look-up of a username per row,
   * their accounts and grants made and the invitations queued in multi-row statements (the
   * statements the server receives, logged).
   */
  @Test
  void aFilesNewPeopleAreLookedUpAndInvitedInBatchesNotOneByOne() {
    int rows = 300;
    Org org = kit.organisation(0);
    String cohortName = "Batch " + org.suffix();
    kit.as(org.coordinator(), w -> w.get(Cohorts.class).create(org.id(), cohortName));
    String csv = file(org, cohortName, rows);
    existing(org, rows);
    kit.execute("SET GLOBAL log_output = 'TABLE'");
    kit.execute("TRUNCATE TABLE mysql.general_log");
    kit.execute("SET GLOBAL general_log = 1");
    ImportPreview done;
    try {
      done =
          kit.as(
              org.coordinator(),
              w -> w.get(Cohorts.class).importFile(org.id(), csv.getBytes(StandardCharsets.UTF_8)));
    } finally {
      kit.execute("SET GLOBAL general_log = 0");
    }
    String statements =
        "SELECT COUNT(*) FROM mysql.general_log WHERE command_type IN ('Query', 'Execute')"
            + " AND LOWER(argument) LIKE ?1";
    long byUsername = kit.number(statements, "%username = %");
    long outbox = kit.number(statements, "insert into plt_outbox%");
    long accounts = kit.number(statements, "insert into plt_account %");
    long grants = kit.number(statements, "insert into plt_role_grant%");
    kit.execute("TRUNCATE TABLE mysql.general_log");
    System.out.printf(
        "ImportScaleTest: %d new people: %d account, %d grant and %d outbox INSERTs%n",
        rows - rows / 10, accounts, grants, outbox);
    assertEquals(rows - rows / 10, done.getNewAccounts());
    assertEquals(
        (long) rows - rows / 10,
        kit.number("SELECT COUNT(*) FROM plt_outbox WHERE organisation_id = ?1", org.id()),
        "an invitation each, nothing else (no course assigned)");
    assertEquals(0, byUsername, "no look-up of a username per row");
    assertTrue(outbox <= 3, "270 invitations in statements of 100, not one each: " + outbox);
    assertEquals(1, accounts, "270 accounts in one statement, not one each");
    assertEquals(1, grants, "their grants in one statement");
  }

  /** A people file of {@code rows} rows into one cohort. */
  private static String file(Org org, String cohortName, int rows) {
    StringBuilder csv = new StringBuilder("name,email,cohort\n");
    for (int n = 0; n < rows; n++) {
      csv.append("Kadet ")
          .append(n)
          .append(',')
          .append(email(org, n))
          .append(',')
          .append(cohortName)
          .append('\n');
    }
    return csv.toString();
  }

  private static String email(Org org, int n) {
    return "import-" + org.suffix() + "-" + n + "@test.tegn.dk";
  }

  /** Every tenth row's person has an account already (in set statements). */
  private void existing(Org org, int rows) {
    kit.as(
        null,
        w ->
            w.em()
                .createNativeQuery(
                    "INSERT INTO plt_account (username, display_name, email, organisation_id,"
                        + " password_hash, password_changed_at, created_at)"
                        + " SELECT CONCAT('import-', ?1, '-', n), CONCAT('Kadet ', n),"
                        + " CONCAT('import-', ?4, '-', n, '@test.tegn.dk'), ?1, 'hash', ?2, ?2"
                        + " FROM (WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s"
                        + " WHERE n < 999) SELECT a.n * 1000 + b.n AS n FROM s a CROSS JOIN s b"
                        + " WHERE a.n * 1000 + b.n < ?3 AND MOD(b.n, 10) = 0) seq")
                .setParameter(1, org.id())
                .setParameter(2, kit.now())
                .setParameter(3, rows)
                .setParameter(4, org.suffix())
                .executeUpdate());
  }
}
