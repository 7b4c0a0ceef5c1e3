package dk.tegn.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fills a running Tegn's database with a country's worth of data for the dashboard benchmark and
 * the trainees of the exam benchmark (ops/load/README.md). Everything is bulk SQL: {@code INSERT
 * ... SELECT} from a sequence table, in chunks of a few hundred thousand rows, with unique and
 * foreign-key checks off for the session (the rows are consistent by construction). Only the exam
 * question bank goes through the REST API, because questions are the assessments module's to
 * build.
 *
 * <p>Options (as {@code -Dname=value}): {@code tegn.db.url} (required), {@code tegn.url} (default
 * http://localhost:8080/), {@code trainees} (100000), {@code organisations} (100), {@code
 * courses} (10: each trainee is enrolled in every load course, so enrolments = trainees x
 * courses), {@code answers} (5000000, in attempts of 20 answers), {@code trainer} / {@code
 * password} (the demo trainer that imports the bank), {@code hashFrom} (the account whose password
 * hash every generated account gets: "trainee", so they all sign in with the demo password), {@code
 * reset} (true: delete what an earlier run generated first).
 */
public final class Generate {

  static final String PREFIX = "load-";
  static final String EXAM_QUIZ = "load-exam-20";

  /**
   * LIKE pattern of the generated trainees' usernames, load-000001 to load-999999 (exactly six
   * characters after the prefix, which the coordinators' load-coord-0001 never match).
   */
  static final String TRAINEES = "load-______";
  private static final int CHUNK_ACCOUNTS = 10_000;

  private final Db db;
  private final int trainees;
  private final int organisations;
  private final int courses;
  private final long answers;
  private final long started = System.nanoTime();

  private Generate(Db db, int trainees, int organisations, int courses, long answers) {
    this.db = db;
    this.trainees = trainees;
    this.organisations = organisations;
    this.courses = courses;
    this.answers = answers;
  }

  public static void main(String[] args) throws Exception {
    int trainees = Integer.getInteger("trainees", 100_000);
    int organisations = Integer.getInteger("organisations", 100);
    int courses = Integer.getInteger("courses", 10);
    long answers = Long.getLong("answers", 5_000_000L);
    if (trainees < 1 || trainees > 999_999) {
      throw new IllegalArgumentException("trainees must be 1..999999 (six-digit usernames)");
    }
    String url = System.getProperty("tegn.url", "http://localhost:8080/");
    long quizId =
        importExamBank(
            url, System.getProperty("trainer", "trainer"), System.getProperty("password", "tegn-demo"));
    say("exam quiz '%s' has id %d", EXAM_QUIZ, quizId);
    try (Db db = Db.fromProperties()) {
      new Generate(db, trainees, organisations, courses, answers)
          .run(quizId, System.getProperty("hashFrom", "trainee"));
    }
  }

  /** Imports ops/load's 20-question bank as a shared bank; importing again changes nothing. */
  static long importExamBank(String baseUrl, String user, String password)
      throws IOException, InterruptedException {
    String bank;
    try (InputStream in = Generate.class.getResourceAsStream("/exam-bank.json")) {
      bank = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl).resolve("api/banks?shared=true"))
            .header("Content-Type", "application/json")
            .header("Authorization", basic(user, password))
            .POST(HttpRequest.BodyPublishers.ofString(bank))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "importing the exam bank answered " + response.statusCode() + ": " + response.body());
    }
    // The report names each quiz's id, but the running API currently writes record bodies as {}
    // (see ops/BENCHMARKS.md), so the id is read from the database by the quiz's key instead.
    try (Db db = Db.fromProperties()) {
      return examQuizId(db);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the exam quiz's id", e);
    }
  }

  static long examQuizId(Db db) throws SQLException {
    Object id = db.value("SELECT id FROM asm_quiz WHERE code = ?", EXAM_QUIZ);
    if (id == null) {
      throw new IllegalStateException("no quiz " + EXAM_QUIZ + " after importing the bank");
    }
    return ((Number) id).longValue();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Deletes what an earlier run generated (slow for millions of rows: meant for trying small
   * sizes; for a full size, generate into a fresh data folder instead).
   */
  private void reset() throws SQLException {
    step("deleting earlier generated data");
    db.execute("SET SESSION foreign_key_checks = 0");
    String trainees = "(SELECT id FROM plt_account WHERE username LIKE 'load-%')";
    String courses = "(SELECT id FROM crs_course WHERE title LIKE '%Load course %')";
    db.update(
        "DELETE an FROM asm_answer an JOIN asm_attempt t ON t.id = an.attempt_id"
            + " JOIN plt_account a ON a.id = t.learner_id WHERE a.username LIKE 'load-%'");
    db.update(
        "DELETE s FROM asm_attempt_slot s JOIN asm_attempt t ON t.id = s.attempt_id"
            + " JOIN plt_account a ON a.id = t.learner_id WHERE a.username LIKE 'load-%'");
    db.update("DELETE FROM asm_attempt WHERE learner_id IN " + trainees);
    db.update("DELETE FROM crs_completion WHERE course_id IN " + courses);
    db.update("DELETE FROM crs_certificate WHERE course_id IN " + courses);
    db.update(
        "DELETE p FROM crs_item_progress p JOIN crs_enrolment e ON e.id = p.enrolment_id"
            + " WHERE e.course_id IN "
            + courses);
    db.update("DELETE FROM crd_reminder WHERE enrolment_id IN (SELECT id FROM crs_enrolment"
            + " WHERE course_id IN " + courses + ")");
    db.update("DELETE FROM crs_enrolment WHERE course_id IN " + courses);
    db.update("DELETE FROM crs_enrolment WHERE account_id IN " + trainees);
    db.update(
        "DELETE i FROM crs_item i JOIN crs_module m ON m.id = i.module_id WHERE m.course_id IN "
            + courses);
    db.update("DELETE FROM crs_module WHERE course_id IN " + courses);
    db.update("DELETE FROM crs_version WHERE course_id IN " + courses);
    db.update("DELETE FROM crs_course WHERE title LIKE '%Load course %'");
    db.update("DELETE FROM crd_cohort_member WHERE account_id IN " + trainees);
    db.update(
        "DELETE h FROM crd_cohort h JOIN plt_organisation o ON o.id = h.organisation_id"
            + " WHERE o.code LIKE 'load-org-%'");
    db.update("DELETE FROM plt_role_grant WHERE account_id IN " + trainees);
    db.update("DELETE FROM plt_account WHERE username LIKE 'load-%'");
    db.update("DELETE FROM plt_organisation WHERE code LIKE 'load-org-%'");
    db.execute("SET SESSION foreign_key_checks = 1");
  }

  private void run(long quizId, String hashFrom) throws SQLException {
    // the rows are written by SQL, past the services that publish what the dashboard's counters
    // follow (coordination's CompletionCounters): recount() counts everything at the end
    if (Boolean.getBoolean("reset")) {
      reset();
    }
    long existing = db.count("SELECT COUNT(*) FROM plt_account WHERE username LIKE '" + TRAINEES + "'");
    if (existing > 0) {
      say(
          "%d generated trainees are already there: nothing generated (generate into a fresh data"
              + " folder to start again)",
          existing);
      counts();
      return;
    }
    String hash =
        (String) db.value("SELECT password_hash FROM plt_account WHERE username = ?", hashFrom);
    if (hash == null) {
      throw new IllegalStateException(
          "no account '" + hashFrom + "' to copy the password hash from (is demo data on?)");
    }
    Object nationalOrg =
        db.value("SELECT id FROM plt_organisation WHERE national = TRUE ORDER BY id LIMIT 1");
    Object creator = db.value("SELECT id FROM plt_account ORDER BY id LIMIT 1");
    db.execute("SET SESSION unique_checks = 0");
    db.execute("SET SESSION foreign_key_checks = 0");
    sequence(Math.max(trainees, 1_000_000));
    organisations();
    accounts(hash);
    cohorts();
    List<Long> courseIds = courses(((Number) nationalOrg).longValue(), (Number) creator, quizId);
    enrolments(courseIds);
    attempts(quizId);
    recount();
    db.execute("SET SESSION unique_checks = 1");
    db.execute("SET SESSION foreign_key_checks = 1");
    db.execute("DROP TABLE load_seq");
    db.execute("DROP TABLE load_org");
    db.execute("DROP TABLE load_trainee");
    step("analyse tables");
    for (String table :
        List.of(
            "plt_account",
            "plt_role_grant",
            "crd_cohort_member",
            "crs_enrolment",
            "crs_completion",
            "asm_attempt",
            "asm_attempt_slot",
            "asm_answer",
            "crd_completion_count",
            "crd_completion_due",
            "crd_quiz_count")) {
      db.execute("ANALYZE TABLE " + table);
    }
    counts();
    say("done in %.1f s", (System.nanoTime() - started) / 1e9);
  }

  /** load_seq(n) holds 0..size-1: the row source of every INSERT ... SELECT below. */
  private void sequence(int size) throws SQLException {
    step("sequence table of " + size + " rows");
    db.execute("DROP TABLE IF EXISTS load_seq");
    db.execute("CREATE TABLE load_seq (n INT NOT NULL PRIMARY KEY) ENGINE = InnoDB");
    String digits =
        "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
            + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9)";
    StringBuilder sql = new StringBuilder("INSERT INTO load_seq (n) SELECT d0.d");
    int places = String.valueOf(size - 1).length();
    for (int i = 1; i < places; i++) {
      sql.append(" + ").append((long) Math.pow(10, i)).append(" * d").append(i).append(".d");
    }
    sql.append(" FROM ").append(digits).append(" d0");
    for (int i = 1; i < places; i++) {
      sql.append(" CROSS JOIN ").append(digits).append(" d").append(i);
    }
    db.update(sql.toString());
    db.update("DELETE FROM load_seq WHERE n >= ?", size);
  }

  private void organisations() throws SQLException {
    step(organisations + " organisations, each with a coordinator");
    db.update(
        "INSERT INTO plt_organisation (code, name, default_locale, national, created_at)"
            + " SELECT CONCAT('load-org-', LPAD(n + 1, 4, '0')),"
            + " CONCAT('Load organisation ', n + 1), 'da', FALSE, UTC_TIMESTAMP()"
            + " FROM load_seq WHERE n < ?",
        organisations);
    db.execute("DROP TABLE IF EXISTS load_org");
    db.execute(
        "CREATE TABLE load_org (idx INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL) ENGINE = InnoDB");
    db.update(
        "INSERT INTO load_org (idx, id) SELECT CAST(SUBSTRING(code, 10) AS UNSIGNED) - 1, id"
            + " FROM plt_organisation WHERE code LIKE 'load-org-%'");
  }

  private void accounts(String hash) throws SQLException {
    step(trainees + " trainees (TRAINEE in their organisation)");
    for (int from = 0; from < trainees; from += CHUNK_ACCOUNTS) {
      db.update(
          "INSERT INTO plt_account (username, display_name, email, organisation_id, password_hash,"
              + " locale, enabled, failed_logins, password_changed_at, created_at)"
              + " SELECT CONCAT('load-', LPAD(s.n + 1, 6, '0')), CONCAT('Trainee ', s.n + 1),"
              + " CONCAT('load-', LPAD(s.n + 1, 6, '0'), '@load.invalid'), o.id, ?, 'da', TRUE, 0,"
              + " UTC_TIMESTAMP(), UTC_TIMESTAMP()"
              + " FROM load_seq s JOIN load_org o ON o.idx = s.n MOD ?"
              + " WHERE s.n >= ? AND s.n < ? ORDER BY s.n",
          hash,
          organisations,
          from,
          Math.min(trainees, from + CHUNK_ACCOUNTS));
    }
    // ids may have gaps between statements: chunks below go by this index, not by id
    db.execute("DROP TABLE IF EXISTS load_trainee");
    db.execute(
        "CREATE TABLE load_trainee (idx INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL)"
            + " ENGINE = InnoDB");
    db.update(
        "INSERT INTO load_trainee (idx, id) SELECT CAST(SUBSTRING(username, 6) AS UNSIGNED) - 1,"
            + " id FROM plt_account WHERE username LIKE '" + TRAINEES + "'");
    db.update(
        "INSERT INTO plt_role_grant (account_id, organisation_id, role, granted_at)"
            + " SELECT id, organisation_id, 'TRAINEE', UTC_TIMESTAMP() FROM plt_account"
            + " WHERE username LIKE '" + TRAINEES + "'");
    db.update(
        "INSERT INTO plt_account (username, display_name, email, organisation_id, password_hash,"
            + " locale, enabled, failed_logins, password_changed_at, created_at)"
            + " SELECT CONCAT('load-coord-', LPAD(o.idx + 1, 4, '0')),"
            + " CONCAT('Coordinator ', o.idx + 1), NULL, o.id, ?, 'da', TRUE, 0,"
            + " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM load_org o",
        hash);
    db.update(
        "INSERT INTO plt_role_grant (account_id, organisation_id, role, granted_at)"
            + " SELECT id, organisation_id, 'COORDINATOR', UTC_TIMESTAMP() FROM plt_account"
            + " WHERE username LIKE 'load-coord-%'");
  }

  /** Four cohorts per organisation; every trainee is in one. */
  private void cohorts() throws SQLException {
    step("cohorts (4 per organisation, every trainee in one)");
    db.update(
        "INSERT INTO crd_cohort (organisation_id, name, created_at)"
            + " SELECT o.id, CONCAT('Hold ', k.n + 1), UTC_TIMESTAMP()"
            + " FROM load_org o CROSS JOIN load_seq k WHERE k.n < 4");
    db.update(
        "INSERT INTO crd_cohort_member (cohort_id, account_id, joined_at)"
            + " SELECT h.id, a.id, UTC_TIMESTAMP() FROM plt_account a"
            + " JOIN crd_cohort h ON h.organisation_id = a.organisation_id"
            + " AND h.name = CONCAT('Hold ', a.id MOD 4 + 1)"
            + " WHERE a.username LIKE '" + TRAINEES + "'");
  }

  /**
   * Copies of a published demo course (its rows, modules, items and version snapshot), with quiz
   * activities pointing at the exam quiz, so the dashboard's quiz figures have attempts to count.
   */
  private List<Long> courses(long organisationId, Number creator, long quizId)
      throws SQLException {
    step(courses + " published courses");
    Object source =
        db.value(
            "SELECT c.id FROM crs_course c WHERE c.published_version > 0 AND EXISTS (SELECT 1"
                + " FROM crs_item i JOIN crs_module m ON m.id = i.module_id WHERE m.course_id ="
                + " c.id AND i.quiz_id IS NOT NULL) ORDER BY c.id LIMIT 1");
    if (source == null) {
      source =
          db.value("SELECT id FROM crs_course WHERE published_version > 0 ORDER BY id LIMIT 1");
    }
    if (source == null) {
      throw new IllegalStateException("no published course to copy (is demo data on?)");
    }
    long sourceId = ((Number) source).longValue();
    int sourceVersion =
        ((Number) db.value("SELECT published_version FROM crs_course WHERE id = ?", sourceId))
            .intValue();
    Object sourceQuiz =
        db.value(
            "SELECT i.quiz_id FROM crs_item i JOIN crs_module m ON m.id = i.module_id"
                + " WHERE m.course_id = ? AND i.quiz_id IS NOT NULL LIMIT 1",
            sourceId);
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= courses; i++) {
      String title =
          String.format(
              Locale.ROOT, "{\"da\":\"Belastningskursus %d\",\"en\":\"Load course %d\"}", i, i);
      long courseId =
          db.insert(
              "INSERT INTO crs_course (organisation_id, authoring_language, title, summary,"
                  + " audiences, languages, estimated_minutes, mandatory,"
                  + " certificate_validity_months, last_key, published_version, created_by,"
                  + " created_at)"
                  + " SELECT ?, authoring_language, ?, summary, audiences, languages,"
                  + " estimated_minutes, mandatory, 24, last_key, 1, ?, UTC_TIMESTAMP()"
                  + " FROM crs_course WHERE id = ?",
              organisationId,
              title,
              creator,
              sourceId);
      Map<Long, Long> modules = new TreeMap<>();
      for (Object m :
          column("SELECT id FROM crs_module WHERE course_id = ? ORDER BY position", sourceId)) {
        long moduleId =
            db.insert(
                "INSERT INTO crs_module (course_id, item_key, position, title,"
                    + " locked_until_previous) SELECT ?, item_key, position, title,"
                    + " FALSE FROM crs_module WHERE id = ?",
                courseId,
                m);
        modules.put(((Number) m).longValue(), moduleId);
      }
      for (Map.Entry<Long, Long> m : modules.entrySet()) {
        db.update(
            "INSERT INTO crs_item (module_id, item_key, position, kind, title, body, story,"
                + " question, explanation, quiz_id, required, mark_done_required)"
                + " SELECT ?, item_key, position, kind, title, body, story, question, explanation,"
                + " CASE WHEN quiz_id IS NULL THEN NULL ELSE ? END, required, mark_done_required"
                + " FROM crs_item WHERE module_id = ?",
            m.getValue(),
            quizId,
            m.getKey());
      }
      String snapshot =
          (String)
              db.value(
                  "SELECT snapshot FROM crs_version WHERE course_id = ? AND number = ?",
                  sourceId,
                  sourceVersion);
      // every module of a load course is open: the exam quiz sits in the demo course's closing
      // module, which otherwise opens only once a trainee has completed the modules before it
      snapshot =
          snapshot.replaceAll("(\"lockedUntilPreviousComplete\"\\s*:\\s*)true", "$1false");
      if (sourceQuiz != null) {
        snapshot =
            snapshot.replaceAll(
                "(\"quizId\"\\s*:\\s*)" + sourceQuiz + "(?!\\d)", "$1" + quizId);
      }
      db.update(
          "INSERT INTO crs_version (course_id, number, snapshot, changes, note,"
              + " everyone_restarts, published_by, published_at)"
              + " SELECT ?, 1, ?, '[]', NULL, FALSE, ?, UTC_TIMESTAMP() FROM crs_version"
              + " WHERE course_id = ? AND number = ?",
          courseId,
          snapshot,
          creator,
          sourceId,
          sourceVersion);
      ids.add(courseId);
    }
    return ids;
  }

  /**
   * Every trainee in every load course. Status spread (by a hash of person and course): 40 %
   * completed (completions spread over 800 days, so some certificates expire within 90 days), 30 %
   * in progress, 20 % not started, 10 % overdue.
   */
  private void enrolments(List<Long> courseIds) throws SQLException {
    step(((long) trainees * courseIds.size()) + " enrolments and their completions");
    db.execute("DROP TABLE IF EXISTS load_course");
    db.execute(
        "CREATE TABLE load_course (idx INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL)"
            + " ENGINE = InnoDB");
    for (int i = 0; i < courseIds.size(); i++) {
      db.update("INSERT INTO load_course (idx, id) VALUES (?, ?)", i, courseIds.get(i));
    }
    // h: 0..99 per (person, course); d: days back, 0..829
    String h = "((a.id * 31 + c.idx * 17) MOD 100)";
    String d = "((a.id * 7 + c.idx * 101) MOD 830)";
    for (int from = 0; from < trainees; from += CHUNK_ACCOUNTS) {
      db.update(
          "INSERT INTO crs_enrolment (account_id, course_id, version_number, enrolled_at,"
              + " due_on, started_at, last_item_key, progress_percent, completed_at, expires_at,"
              + " active, version)"
              + " SELECT e.aid, c.id, 1, e.enrolled_at,"
              + " CASE WHEN e.h >= 90 THEN DATE(UTC_TIMESTAMP()) - INTERVAL (1 + e.h - 90) DAY"
              + " ELSE DATE(e.enrolled_at) + INTERVAL 60 DAY END,"
              + " CASE WHEN e.h < 70 OR e.h >= 90 THEN e.enrolled_at + INTERVAL 1 HOUR END,"
              + " NULL,"
              + " CASE WHEN e.h < 40 THEN 100 WHEN e.h < 70 THEN e.h WHEN e.h >= 90 THEN 10"
              + " ELSE 0 END,"
              + " CASE WHEN e.h < 40 THEN e.enrolled_at + INTERVAL (e.h MOD 20) DAY END,"
              + " CASE WHEN e.h < 40 THEN e.enrolled_at + INTERVAL (e.h MOD 20) DAY"
              + " + INTERVAL 24 MONTH END,"
              + " TRUE, 0"
              + " FROM (SELECT a.id aid, c.idx cidx, "
              + h
              + " h, UTC_TIMESTAMP() - INTERVAL (IF("
              + h
              + " < 40, "
              + d
              + " + 20, "
              + d
              + " MOD 60)) DAY enrolled_at FROM load_trainee a CROSS JOIN load_course c"
              + " WHERE a.idx >= ? AND a.idx < ?) e JOIN load_course c ON c.idx = e.cidx",
          from,
          from + CHUNK_ACCOUNTS);
    }
    db.update(
        "INSERT INTO crs_completion (enrolment_id, account_id, course_id, version_number,"
            + " completed_at) SELECT e.id, e.account_id, e.course_id, e.version_number,"
            + " e.completed_at FROM crs_enrolment e JOIN load_course c ON c.id = e.course_id"
            + " WHERE e.completed_at IS NOT NULL");
    db.execute("DROP TABLE load_course");
  }

  /**
   * Submitted attempts at the exam quiz, 20 answered slots each, until {@code answers} answers are
   * saved: trainees in id order get attempt 1, then attempt 2, and so on.
   */
  private void attempts(long quizId) throws SQLException {
    long attempts = answers / 20;
    step(attempts + " submitted attempts with " + (attempts * 20) + " slots and answers");
    if (attempts == 0) {
      return;
    }
    // the question versions the quiz shows in slot order: what an attempt started now would show
    db.execute("DROP TABLE IF EXISTS load_slot");
    db.execute(
        "CREATE TABLE load_slot (slot INT NOT NULL PRIMARY KEY, question_version_id BIGINT NOT"
            + " NULL) ENGINE = InnoDB");
    db.update(
        "INSERT INTO load_slot (slot, question_version_id)"
            + " SELECT s.position, v.id FROM asm_quiz_slot s JOIN asm_quiz q ON q.id = s.quiz_id"
            + " JOIN asm_question qu ON qu.id = s.question_id"
            + " JOIN asm_question_version v ON v.question_id = qu.id"
            + " AND v.number = qu.current_number WHERE q.id = ?",
        quizId);
    long slots = db.count("SELECT COUNT(*) FROM load_slot");
    if (slots != 20) {
      throw new IllegalStateException("quiz " + quizId + " has " + slots + " slots, not 20");
    }
    // positions may start at 0 or 1: renumber them 1..20 as attempts number their slots
    db.execute("CREATE TABLE load_slot2 AS SELECT slot, question_version_id FROM load_slot");
    db.execute("DELETE FROM load_slot");
    db.update(
        "INSERT INTO load_slot (slot, question_version_id) SELECT (SELECT COUNT(*) FROM load_slot2"
            + " y WHERE y.slot <= x.slot), x.question_version_id FROM load_slot2 x");
    db.execute("DROP TABLE load_slot2");
    long rounds = (attempts + trainees - 1) / trainees;
    long made = 0;
    for (int number = 1; number <= rounds; number++) {
      long inRound = Math.min(trainees, attempts - made);
      for (long from = 0; from < inRound; from += CHUNK_ACCOUNTS) {
        long lo = from;
        long hi = Math.min(inRound, from + CHUNK_ACCOUNTS);
        // score: 20 answers, k right where k = 8 + id % 13 (so 40 %..100 %, pass mark 50 %)
        db.update(
            "INSERT INTO asm_attempt (quiz_id, learner_id, number, state, seed, started_at,"
                + " deadline, submitted_at, finished_by, fraction, score_percent, passed, version)"
                + " SELECT ?, t.id, ?, 'SUBMITTED', t.id * 1000 + ?, t.at, NULL,"
                + " t.at + INTERVAL 15 MINUTE, 'LEARNER', t.k / 20, t.k * 5, t.k * 5 >= 50, 1"
                + " FROM (SELECT id, 8 + (id + ?) MOD 13 k,"
                + " UTC_TIMESTAMP() - INTERVAL ((id * 13 + ?) MOD 700) DAY at"
                + " FROM load_trainee WHERE idx >= ? AND idx < ?) t",
            quizId,
            number,
            number,
            number,
            number * 37,
            lo,
            hi);
        // slot s is right when s <= k; the right choice is 'a' in the bank
        db.update(
            "INSERT INTO asm_attempt_slot (attempt_id, slot, question_version_id, presentation,"
                + " fraction) SELECT t.id, s.slot, s.question_version_id,"
                + " '{\"\":[\"a\",\"b\",\"c\",\"d\"]}', IF(s.slot <= t.score_percent / 5, 1, 0)"
                + " FROM load_trainee tr JOIN asm_attempt t ON t.learner_id = tr.id"
                + " AND t.quiz_id = ? AND t.number = ? CROSS JOIN load_slot s"
                + " WHERE tr.idx >= ? AND tr.idx < ?",
            quizId,
            number,
            lo,
            hi);
        db.update(
            "INSERT INTO asm_answer (attempt_id, slot, response, saved_at)"
                + " SELECT t.id, s.slot, IF(s.slot <= t.score_percent / 5, '{\"keys\":[\"a\"]}',"
                + " '{\"keys\":[\"c\"]}'), t.started_at + INTERVAL s.slot * 30 SECOND"
                + " FROM load_trainee tr JOIN asm_attempt t ON t.learner_id = tr.id"
                + " AND t.quiz_id = ? AND t.number = ? CROSS JOIN load_slot s"
                + " WHERE tr.idx >= ? AND tr.idx < ?",
            quizId,
            number,
            lo,
            hi);
      }
      made += inRound;
      say("  round %d: %d attempts so far", number, made);
    }
    db.execute("DROP TABLE load_slot");
  }

  /**
   * Rebuilds the dashboard's counters from the rows, as coordination's migration V2 first filled
   * them: what this session wrote by SQL published no facts, so nothing counted it. A tool outside
   * the modules, it names every module's tables, as its bulk inserts do. Run with the instance idle (a change made by
   * someone else between the DELETE and the INSERTs would be counted twice).
   */
  private void recount() throws SQLException {
    step("dashboard counters");
    String status =
        "IF(e.completed_at IS NOT NULL, 'C', IF(e.started_at IS NOT NULL, 'S', 'N'))";
    String open = "IF(e.started_at IS NOT NULL, 'S', 'N')";
    db.update("DELETE FROM crd_completion_count");
    db.update("DELETE FROM crd_completion_due");
    db.update("DELETE FROM crd_quiz_count");
    for (boolean cohorts : List.of(false, true)) {
      String cohort = cohorts ? "m.cohort_id" : "0";
      String member =
          cohorts ? " JOIN crd_cohort_member m ON m.account_id = a.id" : "";
      String group = cohorts ? "m.cohort_id, " : "";
      db.update(
          "INSERT INTO crd_completion_count (cohort_id, organisation_id, course_id, status, n)"
              + " SELECT " + cohort + ", a.organisation_id, e.course_id, " + status + " s, COUNT(*)"
              + " FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id" + member
              + " WHERE e.active = TRUE GROUP BY " + group + "a.organisation_id, e.course_id, s");
      db.update(
          "INSERT INTO crd_completion_due (due_on, cohort_id, organisation_id, course_id, status,"
              + " n) SELECT e.due_on, " + cohort + ", a.organisation_id, e.course_id, " + open
              + " s, COUNT(*) FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id"
              + member
              + " WHERE e.active = TRUE AND e.completed_at IS NULL AND e.due_on IS NOT NULL"
              + " GROUP BY e.due_on, " + group + "a.organisation_id, e.course_id, s");
      db.update(
          "INSERT INTO crd_quiz_count (cohort_id, organisation_id, quiz_id, context_id,"
              + " attempts, passed, score_sum) SELECT " + cohort + ", a.organisation_id,"
              + " t.quiz_id, t.context_id, COUNT(*),"
              + " SUM(IF(t.passed, 1, 0)), SUM(t.score_percent)"
              + " FROM asm_attempt t JOIN plt_account a ON a.id = t.learner_id" + member
              + " WHERE t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL"
              + " GROUP BY " + group + "a.organisation_id, t.quiz_id, t.context_id");
    }
  }

  private List<Object> column(String sql, Object... params) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (var s = db.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (var r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getObject(1));
        }
      }
    }
    return values;
  }

  private void counts() throws SQLException {
    for (String table :
        List.of(
            "plt_organisation",
            "plt_account",
            "plt_role_grant",
            "crd_cohort_member",
            "crs_course",
            "crs_enrolment",
            "crs_completion",
            "asm_attempt",
            "asm_attempt_slot",
            "asm_answer")) {
      say("  %-18s %,12d rows", table, db.count("SELECT COUNT(*) FROM " + table));
    }
  }

  private void step(String what) {
    say("[%6.1f s] %s", (System.nanoTime() - started) / 1e9, what);
  }

  static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
