package dk.tegn.web.privacy;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.WebClient;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's "done when" for data-subject rights, on the real WAR and database: a learner downloads
 * their archive; an administrator erases another learner after the confirmation page; the
 * coordinator's completion figures and the quiz's statistics keep their counts, the erased person
 * can no longer sign in, and no text column of any table holds their name, username or e-mail
 * address. The same erasure over the API, for an administrator of the person's organisation only;
 * the retention job anonymises a learner past the rule and keeps everyone inside it; and a
 * referral's marker text is in no log line and in no database file in plain text. Uses accounts of
 * its own in an organisation of its own (other ITs share the database).
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  static final String PASSWORD = "tegn-demo";

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aLearnerDownloadsTheirDataAndAnAdminErasesAnotherWithoutChangingAnyCount() throws Exception {
    String p = "prv" + UUID.randomUUID().toString().substring(0, 6);
    String keep = p + "-keep";
    String gone = p + "-gone";
    String goneName = "Gunnhild Zylberstein " + p;
    String goneEmail = p + "-gone@privacy-it.tegn.dk";
    String[] ids =
        servlet(
                "action=arrange&prefix="
                    + p
                    + "&person="
                    + enc(keep + "|Karsten Quorn " + p + "|" + p + "-keep@privacy-it.tegn.dk")
                    + "&person="
                    + enc(gone + "|" + goneName + "|" + goneEmail + "|complete"))
            .split(" ");
    long organisation = Long.parseLong(ids[0]);
    long goneId = Long.parseLong(servlet("action=account&username=" + gone));

    // both take a quiz over the API, so the quiz has statistics and per-quiz figures
    long quiz = importQuiz(p);
    for (String learner : List.of(keep, gone)) {
      takeQuiz(learner, quiz);
    }

    // a time zone and reminder choices of their own (issue 17: profile) go with their data
    long keepId = Long.parseLong(servlet("action=account&username=" + keep));
    try (Connection c = db()) {
      for (long person : List.of(keepId, goneId)) {
        try (var s =
            c.prepareStatement(
                "UPDATE plt_account SET time_zone = 'America/New_York' WHERE id = ?")) {
          s.setLong(1, person);
          s.executeUpdate();
        }
        try (var s =
            c.prepareStatement(
                "INSERT INTO crd_notification_choice VALUES (?, FALSE, TRUE, UTC_TIMESTAMP())")) {
          s.setLong(1, person);
          s.executeUpdate();
        }
      }
    }

    // the learner's archive: JSON per module and the readable summaries
    HttpResponse<byte[]> archive =
        http.send(
            request("api/personal-data")
                .header("Authorization", WebClient.basic(keep, PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, archive.statusCode());
    Map<String, String> files = unzip(archive.body());
    assertEquals(
        List.of(
                "assessments.json",
                "intake.json",
                "coordination.json",
                "core.json",
                "courses.json",
                "lti.json",
                "summary-da.html",
                "summary-en.html")
            .stream()
            .sorted()
            .toList(),
        files.keySet().stream().sorted().toList());
    assertTrue(
        files.get("core.json").contains(p + "-keep@privacy-it.tegn.dk"), files.get("core.json"));
    assertTrue(files.get("courses.json").contains("\"enrolments\""), files.get("courses.json"));
    assertTrue(
        files.get("assessments.json").contains("\"SUBMITTED\""), files.get("assessments.json"));
    assertTrue(files.get("coordination.json").contains("Hold " + p));
    assertTrue(
        java.util.regex.Pattern.compile("\"timeZone\":\\s*\"America/New_York\"")
            .matcher(files.get("core.json"))
            .find(),
        files.get("core.json"));
    assertTrue(
        java.util.regex.Pattern.compile(
                "\"notificationChoices\":\\s*\\[\\s*\\{\\s*\"dueReminders\":")
            .matcher(files.get("coordination.json"))
            .find(),
        files.get("coordination.json"));
    assertTrue(files.get("summary-da.html").contains("Dine data i Tegn"));
    assertTrue(files.get("summary-en.html").contains("Karsten Quorn " + p));
    assertFalse(
        files.values().stream().anyMatch(f -> f.contains(goneEmail)), "only their own data");
    WebClient keeper = new WebClient(base);
    assertEquals(302, keeper.signIn(keep, PASSWORD).statusCode());
    HttpResponse<String> ownPage = keeper.get("account/privacy.xhtml");
    assertEquals(200, ownPage.statusCode());
    assertTrue(ownPage.body().contains("Download my data"), ownPage.body());
    HttpResponse<String> someoneElses =
        keeper.send(
            keeper
                .request("api/personal-data/" + goneId)
                .header("Authorization", WebClient.basic(keep, PASSWORD))
                .GET());
    assertEquals(403, someoneElses.statusCode(), "a learner never gets another person's archive");

    // the figures before
    String before = figures(organisation);
    Map<String, Long> statsBefore = statistics(quiz);

    // the administrator reads what goes and confirms
    WebClient admin = new WebClient(base);
    assertEquals(302, admin.signIn("admin", PASSWORD).statusCode());
    HttpResponse<String> confirm = admin.get("admin/person-data.xhtml?account=" + goneId);
    assertEquals(200, confirm.statusCode());
    assertTrue(confirm.body().contains(goneName), "names whom");
    assertTrue(confirm.body().contains("Certificates: 1"), "names what goes: " + confirm.body());
    HttpResponse<String> unconfirmed =
        admin.postFaces(
            "admin/person-data.xhtml?account=" + goneId,
            confirm.body(),
            Map.of("erase", "erase", "erase:eraseNow", ""));
    assertTrue(unconfirmed.body().contains("Tick the box"), "not without the box ticked");
    HttpResponse<String> erased =
        admin.postFaces(
            "admin/person-data.xhtml?account=" + goneId,
            unconfirmed.body(),
            Map.of("erase", "erase", "erase:confirmed_input", "on", "erase:eraseNow", ""));
    assertEquals(200, erased.statusCode());
    assertTrue(erased.body().contains("every module has done its part"), erased.body());

    // counts kept
    assertEquals(before, figures(organisation), "completion and quiz figures keep their counts");
    assertEquals(statsBefore, statistics(quiz), "question statistics keep their counts");

    // cannot sign in, certificate withdrawn, erasure audited without data
    assertNotEquals(302, new WebClient(base).signIn(gone, PASSWORD).statusCode());
    assertEquals(
        401,
        http.send(
                request("api/me").header("Authorization", WebClient.basic(gone, PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode());
    try (Connection c = db()) {
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM crs_certificate WHERE account_id = ? AND withdrawn_at IS NOT NULL",
              goneId));
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM plt_audit WHERE action = 'privacy.erase' AND target_id = ?",
              String.valueOf(goneId)));
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM plt_account WHERE id = ? AND erased_at IS NOT NULL",
              goneId));
      assertEquals(
          1L,
          count(c, "SELECT COUNT(*) FROM plt_account WHERE id = ? AND time_zone IS NULL", goneId));
      assertEquals(
          0L,
          count(c, "SELECT COUNT(*) FROM crd_notification_choice WHERE account_id = ?", goneId));

      // nothing of them in any text column of any table
      List<String> found = new ArrayList<>();
      int columns = 0;
      for (String[] column : textColumns(c)) {
        columns++;
        for (String needle : List.of(goneName, goneEmail, gone)) {
          long hits =
              count(
                  c,
                  "SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1] + "` LIKE ?",
                  "%" + needle + "%");
          if (hits > 0) {
            found.add(column[0] + "." + column[1] + " holds '" + needle + "' (" + hits + ")");
          }
        }
      }
      System.out.println("[privacy] text columns searched for the erased person: " + columns);
      assertTrue(columns > 50, "columns searched: " + columns);
      assertEquals(List.of(), found);
    }

    // erasing again changes nothing; the page says it is done
    assertTrue(servlet("action=erase&account=" + goneId).endsWith(" complete"));
    assertEquals(before, figures(organisation));
  }

  @Test
  void anErasureThatStoppedHalfWayIsResumedWhereItStopped() throws Exception {
    String p = "prr" + UUID.randomUUID().toString().substring(0, 6);
    servlet(
        "action=arrange&prefix="
            + p
            + "&person="
            + enc(p + "-half|Halvor Vestergaard " + p + "|" + p + "@privacy-it.tegn.dk"));
    long id = Long.parseLong(servlet("action=account&username=" + p + "-half"));
    String first = servlet("action=partial&account=" + id);
    // the person still signs in: core (last) has not run
    assertEquals(302, new WebClient(base).signIn(p + "-half", PASSWORD).statusCode());
    String resumed = servlet("action=erase&account=" + id);
    assertTrue(resumed.startsWith(first + ","), resumed);
    assertTrue(resumed.endsWith(" complete"), resumed);
    // every module holding personal data: assessments, courses, intake, lti, coordination, core
    assertEquals(6, resumed.split(" ")[0].split(",").length, resumed);
    assertNotEquals(302, new WebClient(base).signIn(p + "-half", PASSWORD).statusCode());
  }

  @Test
  void anAdministratorErasesAPersonOverTheApiOnlyInAnOrganisationTheyAdminister() throws Exception {
    String p = "pra" + UUID.randomUUID().toString().substring(0, 6);
    String gone = p + "-gone";
    String keep = p + "-keep";
    String boss = p + "-boss";
    servlet(
        "action=arrange&prefix="
            + p
            + "&person="
            + enc(gone + "|Gorm Udslettet " + p + "|" + gone + "@privacy-it.tegn.dk")
            + "&person="
            + enc(keep + "|Kirsten Bliver " + p + "|" + keep + "@privacy-it.tegn.dk")
            + "&person="
            + enc(boss + "|Bodil Chef " + p + "|" + boss + "@privacy-it.tegn.dk|admin"));
    long goneId = Long.parseLong(servlet("action=account&username=" + gone));
    long bossId = Long.parseLong(servlet("action=account&username=" + boss));
    String outsider = servlet("action=outsider&prefix=" + p);
    String erasure = "api/personal-data/" + goneId;

    // an administrator of another organisation, and a learner of the same one: 403, nothing erased
    for (String refused : List.of(outsider, keep)) {
      HttpResponse<String> answer = api(refused, "DELETE", erasure, null);
      assertEquals(403, answer.statusCode(), refused + ": " + answer.body());
      assertEquals("forbidden", json(answer.body()).getString("error"));
    }
    assertEquals(302, new WebClient(base).signIn(gone, PASSWORD).statusCode(), "not erased");
    try (Connection c = db()) {
      assertTrue(
          count(
                  c,
                  "SELECT COUNT(*) FROM plt_audit WHERE action = 'privacy.subject'"
                      + " AND outcome = 'REFUSED' AND target_id = ?",
                  String.valueOf(goneId))
              >= 2,
          "each refusal audited");
    }
    HttpResponse<String> none = api(boss, "GET", erasure + "/erasure", null);
    assertEquals(404, none.statusCode(), "no erasure begun: " + none.body());
    assertEquals(404, api(boss, "DELETE", "api/personal-data/999999999", null).statusCode());
    HttpResponse<String> self = api(boss, "DELETE", "api/personal-data/" + bossId, null);
    assertEquals(409, self.statusCode(), "never oneself: " + self.body());

    // the organisation's administrator erases; again answers the same, done
    HttpResponse<String> erased = api(boss, "DELETE", erasure, null);
    assertEquals(200, erased.statusCode(), erased.body());
    JsonObject done = json(erased.body());
    assertTrue(done.getBoolean("complete"), erased.body());
    assertEquals(goneId, done.getJsonNumber("accountId").longValue());
    List<String> modules =
        done.getJsonArray("modulesDone").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertTrue(modules.size() >= 5 && modules.contains("intake"), erased.body());
    assertEquals("core", modules.get(modules.size() - 1), "core goes last: " + modules);
    assertNotEquals(302, new WebClient(base).signIn(gone, PASSWORD).statusCode());
    HttpResponse<String> again = api(boss, "DELETE", erasure, null);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(done.get("modulesDone"), json(again.body()).get("modulesDone"));
    HttpResponse<String> status = api(boss, "GET", erasure + "/erasure", null);
    assertEquals(200, status.statusCode(), status.body());
    assertTrue(json(status.body()).getBoolean("complete"));
    assertEquals(302, new WebClient(base).signIn(keep, PASSWORD).statusCode(), "only that one");

    // described in the OpenAPI document with its roles
    HttpResponse<String> openapi =
        http.send(
            HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, openapi.statusCode());
    JsonObject path =
        json(openapi.body()).getJsonObject("paths").getJsonObject("/api/personal-data/{id}");
    assertTrue(path != null && path.containsKey("delete"), "DELETE is described");
    assertEquals("[\"ADMIN\"]", path.getJsonObject("delete").get("x-roles").toString());
  }

  @Test
  void theRetentionJobAnonymisesLearnersPastTheRuleAndKeepsEveryoneInsideIt() throws Exception {
    String p = "prt" + UUID.randomUUID().toString().substring(0, 6);
    String past = p + "-past";
    String[] kept = {p + "-unwarned", p + "-grace", p + "-recent", p + "-boss"};
    String[] ids =
        servlet(
                "action=arrange&prefix="
                    + p
                    + "&person="
                    + enc(past + "|Palle Forbi " + p + "|" + past + "@privacy-it.tegn.dk")
                    + "&person="
                    + enc(kept[0] + "|Uffe Uvarslet " + p + "|" + kept[0] + "@privacy-it.tegn.dk")
                    + "&person="
                    + enc(kept[1] + "|Grete Frist " + p + "|" + kept[1] + "@privacy-it.tegn.dk")
                    + "&person="
                    + enc(kept[2] + "|Rasmus Nylig " + p + "|" + kept[2] + "@privacy-it.tegn.dk")
                    + "&person="
                    + enc(
                        kept[3]
                            + "|Bente Leder "
                            + p
                            + "|"
                            + kept[3]
                            + "@privacy-it.tegn.dk|admin"))
            .split(" ");
    long organisation = Long.parseLong(ids[0]);
    servlet("action=retention&organisation=" + organisation + "&months=12");
    // 14 months without a sign-in and warned 31 days ago (past the 30 days' grace): anonymised
    age(past, 426, 31);
    // as long without a sign-in but never warned: warned now, kept
    age(kept[0], 426, -1);
    // warned 10 days ago: still inside the grace
    age(kept[1], 426, 10);
    // signed in two months ago: inside the rule
    age(kept[2], 60, -1);
    // not a learner: the rule never anonymises an administrator
    age(kept[3], 426, 31);
    long pastId = Long.parseLong(servlet("action=account&username=" + past));

    String result = servlet("action=retentionRun");
    assertTrue(result.matches(".*warned=[1-9].*anonymised=[1-9].*"), result);

    assertNotEquals(302, new WebClient(base).signIn(past, PASSWORD).statusCode());
    try (Connection c = db()) {
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM plt_account WHERE id = ? AND erased_at IS NOT NULL",
              pastId));
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM plt_erasure WHERE account_id = ? AND reason = 'RETENTION'"
                  + " AND completed_at IS NOT NULL",
              pastId));
      for (String column : List.of("username", "display_name", "email")) {
        assertEquals(
            0L,
            count(
                c,
                "SELECT COUNT(*) FROM plt_account WHERE " + column + " LIKE ?",
                "%" + past + "%"),
            column);
      }
      assertEquals(
          0L,
          count(c, "SELECT COUNT(*) FROM plt_account WHERE display_name = ?", "Palle Forbi " + p));
      for (String username : kept) {
        assertEquals(
            1L,
            count(
                c,
                "SELECT COUNT(*) FROM plt_account WHERE username = ? AND erased_at IS NULL",
                username),
            username + " is kept");
      }
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM plt_account WHERE username = ? AND retention_warned_at IS NOT NULL",
              kept[0]),
          "the unwarned learner is warned");
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM plt_outbox WHERE recipient = ?",
              kept[0] + "@privacy-it.tegn.dk"),
          "by mail");
      assertEquals(
          1L,
          count(
              c,
              "SELECT COUNT(*) FROM plt_account WHERE username = ? AND retention_warned_at IS NULL",
              kept[2]),
          "the recent learner is not warned");
    }
    for (String username : kept) {
      assertEquals(302, new WebClient(base).signIn(username, PASSWORD).statusCode(), username);
    }
    // a second pass finds nothing more to do for them
    assertTrue(servlet("action=retentionRun").contains("anonymised=0"));
  }

  @Test
  void aReferralsMarkerIsInNoLogAndInNoDatabaseFileInPlainText() throws Exception {
    String p = "prm" + UUID.randomUUID().toString().substring(0, 6);
    // letters only, so every field's rules accept it; unique to this run
    String marker =
        "Qzv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase() + "Wyx";
    String control = "Ctl" + p + "Plain";
    String referrer = p + "-ref";
    servlet(
        "action=arrange&prefix="
            + p
            + "&person="
            + enc(referrer + "|" + control + "|" + referrer + "@privacy-it.tegn.dk"));
    // texts travel reversed in the test's own requests, so that logging a request's address
    // could not put them in the log
    servlet("action=logStart&control=" + enc(reversed(control)));
    assertNotEquals(
        "0", servlet("action=logFind&text=" + enc(reversed(control))), "the capture sees the log");

    String referral =
        "{\"idempotencyKey\":\""
            + UUID.randomUUID()
            + "\",\"metOn\":\""
            + java.time.LocalDate.now().minusDays(1)
            + "\",\"metWhere\":\"Banegården ved "
            + marker
            + "\",\"region\":\"HOVEDSTADEN\",\"personName\":\"Ana "
            + marker
            + "\",\"ageCategory\":\"UNKNOWN\",\"estimatedAge\":16,\"gender\":\"MAN\","
            + "\"nationality\":\"RO\",\"languages\":\"Romanian\",\"interpreterNeeded\":true,"
            + "\"exploitationForm\":\"FORCED_CRIMINALITY\",\"childNotification\":\"WILL_NOTIFY\","
            + "\"indicators\":{\"forced-criminal-activity\":\"OBSERVED\",\"threats\":\"OBSERVED\"},"
            + "\"narrative\":\"Must steal a daily quota for "
            + marker
            + "\",\"immediateDanger\":true,\"emergencyCalled\":true,\"profession\":\"POLICE\"}";
    HttpResponse<String> sent = api(referrer, "POST", "api/referrals", referral);
    assertEquals(201, sent.statusCode(), sent.body());
    assertFalse(sent.body().contains(marker), "the answer does not echo the victim's details");

    // not in any log line of the server
    assertEquals(
        "0", servlet("action=logFind&text=" + enc(reversed(marker))), "the marker was logged");

    // not in any file of the database: tables, redo and undo logs, binary logs, temporary files
    try (Connection c = db()) {
      Path data = Path.of(variable(c, "datadir")).toAbsolutePath().normalize();
      List<Path> folders = new ArrayList<>(List.of(data));
      for (String name : List.of("tmpdir", "innodb_log_group_home_dir", "log_bin_basename")) {
        String value = variable(c, name);
        if (value != null && !value.isBlank()) {
          // relative folders are the server's, inside its data folder
          Path folder = data.resolve(value).normalize();
          Path parent = Files.isDirectory(folder) ? folder : folder.getParent();
          if (parent != null && !folders.contains(parent)) {
            folders.add(parent);
          }
        }
      }
      // the control (the referrer's name, stored as plain text) must be found: then the
      // search reads what the server wrote, and the marker's absence means something
      flushTables(c);
      List<Path> withControl = filesHolding(folders, control);
      assertFalse(withControl.isEmpty(), "the control is in the database files: " + folders);
      List<Path> withMarker = filesHolding(folders, marker);
      System.out.println("[privacy] database files searched for the referral marker in " + folders);
      assertEquals(List.of(), withMarker, "the referral's marker in plain text");
    }
  }

  private static String variable(Connection c, String name) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SHOW GLOBAL VARIABLES LIKE ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(2) : null;
      }
    }
  }

  /** Writes the tables' changed pages to their files now, not at the server's leisure. */
  private static void flushTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND engine = 'InnoDB' AND (table_name LIKE 'itk\\_%'"
                    + " OR table_name = 'plt_account')");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        tables.add("`" + rs.getString(1) + "`");
      }
    }
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("FLUSH TABLES " + String.join(", ", tables) + " FOR EXPORT");
      s.execute("UNLOCK TABLES");
    } catch (SQLException notFlushed) {
      // the redo log holds every committed change anyway; the search still covers it
      System.out.println("[privacy] tables not flushed: " + notFlushed.getMessage());
    }
  }

  private static List<Path> filesHolding(List<Path> folders, String text) throws Exception {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    List<Path> found = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (holds(file, needle)) {
            found.add(file);
          }
        }
      }
    }
    return found;
  }

  /** Whether the file's bytes contain the needle; read in blocks, as redo logs are large. */
  private static boolean holds(Path file, byte[] needle) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] block = new byte[1 << 20];
      byte[] carry = new byte[0];
      int read;
      while ((read = in.read(block)) > 0) {
        byte[] window = new byte[carry.length + read];
        System.arraycopy(carry, 0, window, 0, carry.length);
        System.arraycopy(block, 0, window, carry.length, read);
        if (indexOf(window, needle) >= 0) {
          return true;
        }
        int keep = Math.min(needle.length - 1, window.length);
        carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
      }
      return false;
    } catch (java.io.IOException gone) {
      // a temporary file that went away while we looked
      return false;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String reversed(String text) {
    return new StringBuilder(text).reverse().toString();
  }

  private void age(String username, int signedInDaysAgo, int warnedDaysAgo) throws Exception {
    servlet(
        "action=age&account="
            + servlet("action=account&username=" + username)
            + "&signedIn="
            + signedInDaysAgo
            + "&warned="
            + warnedDaysAgo);
  }

  // --- helpers

  private String servlet(String query) throws Exception {
    HttpResponse<String> r = new WebClient(base).get("it/privacy?" + query);
    assertEquals(200, r.statusCode(), query + ": " + r.body());
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base.toString() + path))
        .header("Accept-Language", "en");
  }

  private HttpResponse<String> api(String user, String method, String path, String body)
      throws Exception {
    return http.send(
        request(path)
            .header("Authorization", WebClient.basic(user, PASSWORD))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long importQuiz(String key) throws Exception {
    String bank =
        """
        {"format": "tegn-bank/1",
         "categories": [{"key": "%1$s", "name": {"da": "Privatliv", "en": "Privacy"},
           "questions": [{"key": "tf", "type": "true-false",
             "text": {"da": "Et barn kan give samtykke", "en": "A child can consent"},
             "answer": false}]}],
         "quizzes": [{"key": "%1$s-quiz", "title": {"da": "Prøve %1$s", "en": "Quiz %1$s"},
           "passMarkPercent": 50, "slots": [{"question": "%1$s/tf"}]}]}
        """
            .formatted(key);
    HttpResponse<String> imported = api("trainer", "POST", "api/banks?shared=true", bank);
    assertEquals(201, imported.statusCode(), imported.body());
    return json(imported.body()).getJsonObject("quizIds").getJsonNumber(key + "-quiz").longValue();
  }

  private void takeQuiz(String learner, long quiz) throws Exception {
    HttpResponse<String> started = api(learner, "POST", "api/quizzes/" + quiz + "/attempts", null);
    assertEquals(200, started.statusCode(), started.body());
    long attempt = json(started.body()).getJsonNumber("id").longValue();
    HttpResponse<String> saved =
        api(learner, "PUT", "api/attempts/" + attempt + "/answers/1", "{\"keys\": [\"false\"]}");
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> submitted =
        api(learner, "POST", "api/attempts/" + attempt + "/submit", null);
    assertEquals(200, submitted.statusCode(), submitted.body());
  }

  /** The national coordinator's completion and quiz figures of the organisation. */
  private String figures(long organisation) throws Exception {
    HttpResponse<String> r =
        api("coordinator", "GET", "api/coordination/completion?organisation=" + organisation, null);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject figures = json(r.body());
    return figures.get("perCourse").toString()
        + figures.get("perCohort").toString()
        + figures.get("quizzes").toString();
  }

  /** What the question statistics count: graded attempts and answers of the quiz. */
  private Map<String, Long> statistics(long quiz) throws SQLException {
    try (Connection c = db()) {
      Map<String, Long> counts = new HashMap<>();
      counts.put(
          "attempts",
          count(
              c,
              "SELECT COUNT(*) FROM asm_attempt WHERE quiz_id = ? AND state = 'SUBMITTED'",
              quiz));
      counts.put(
          "answers",
          count(
              c,
              "SELECT COUNT(*) FROM asm_answer w JOIN asm_attempt a ON a.id = w.attempt_id"
                  + " WHERE a.quiz_id = ?",
              quiz));
      assertEquals(2L, counts.get("attempts"));
      return counts;
    }
  }

  private static List<String[]> textColumns(Connection c) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN"
                    + " ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json')");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return columns;
  }

  private static long count(Connection c, String sql, Object parameter) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql)) {
      q.setObject(1, parameter);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static JsonObject json(String body) {
    return JSON.createReader(new StringReader(body)).readObject();
  }

  private static Connection db() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("tegn.db.url"),
        System.getProperty("tegn.db.user"),
        System.getProperty("tegn.db.password"));
  }
}
