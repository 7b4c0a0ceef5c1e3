package dk.tegn.web.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.WebClient;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referral and intake on a real Payara Micro and MariaDB, over HTTP as a case system or a referrer
 * meets them: ciphertext only in the database, details for officers of the routed team only (403
 * and an audit line for everyone else), one referral per idempotency key, and the retention job
 * stripping what is due and nothing else.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralIT {

  private static final String PASSWORD = "tegn-demo";
  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(R-[0-9A-Z-]+)\"");

  @ArquillianResource URL base;

  private static Connection db() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("tegn.db.url"),
        System.getProperty("tegn.db.user"),
        System.getProperty("tegn.db.password"));
  }

  private static long accountId(Connection c, String username) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("select id from plt_account where username = ?")) {
      q.setString(1, username);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next(), username);
        return rs.getLong(1);
      }
    }
  }

  /** The demo intake officer in the children's and women's teams; another officer in men's. */
  @BeforeEach
  void arrangeTeams() throws SQLException {
    try (Connection c = db()) {
      long intake = accountId(c, "intake");
      join(c, intake, "children");
      join(c, intake, "women");
      try (PreparedStatement copy =
          c.prepareStatement(
              "insert ignore into plt_account (username, display_name, email, organisation_id,"
                  + " password_hash, password_changed_at, created_at) select 'intake-men',"
                  + " 'Men Officer', 'intake-men@example.test', organisation_id, password_hash,"
                  + " password_changed_at, created_at from plt_account where username ="
                  + " 'intake'")) {
        copy.executeUpdate();
      }
      long men = accountId(c, "intake-men");
      try (PreparedStatement grant =
          c.prepareStatement(
              "insert ignore into plt_role_grant (account_id, organisation_id, role, granted_at)"
                  + " select ?, organisation_id, 'INTAKE_OFFICER', created_at from plt_account"
                  + " where id = ?")) {
        grant.setLong(1, men);
        grant.setLong(2, men);
        grant.executeUpdate();
      }
      join(c, men, "men");
    }
  }

  private static void join(Connection c, long accountId, String team) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "insert ignore into itk_team_member (team_id, account_id, added_at) select id, ?,"
                + " utc_timestamp() from itk_team where code = ?")) {
      q.setLong(1, accountId);
      q.setString(2, team);
      q.executeUpdate();
    }
  }

  private static String boy(String key, String name) {
    return "{\"idempotencyKey\":\""
        + key
        + "\",\"metOn\":\""
        + LocalDate.now().minusDays(1)
        + "\",\"metWhere\":\"Hovedbanegården, spor 5\",\"region\":\"HOVEDSTADEN\","
        + "\"personName\":\""
        + name
        + "\",\"ageCategory\":\"UNKNOWN\",\"estimatedAge\":16,\"gender\":\"MAN\","
        + "\"nationality\":\"RO\",\"languages\":\"Romanian\",\"interpreterNeeded\":true,"
        + "\"exploitationForm\":\"FORCED_CRIMINALITY\",\"childNotification\":\"WILL_NOTIFY\","
        + "\"indicators\":{\"forced-criminal-activity\":\"OBSERVED\",\"threats\":\"OBSERVED\"},"
        + "\"narrative\":\"Must steal a daily quota; the men at the station take the money\","
        + "\"immediateDanger\":true,\"emergencyCalled\":true,\"profession\":\"POLICE\"}";
  }

  private HttpResponse<String> post(String path, String user, String json) throws Exception {
    return new WebClient(base)
        .send(
            new WebClient(base)
                .request(path)
                .header("Authorization", WebClient.basic(user, PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private static String reference(HttpResponse<String> r) {
    Matcher m = REFERENCE.matcher(r.body());
    assertTrue(m.find(), r.body());
    return m.group(1);
  }

  private static long referralId(Connection c, String reference) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("select id from itk_referral where reference = ?")) {
      q.setString(1, reference);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next(), reference);
        return rs.getLong(1);
      }
    }
  }

  @Test
  void childInDangerIsStoredAsCiphertextOnlyAndQueuedAcuteForTheChildrenTeam() throws Exception {
    String name = "Andrei Popescu-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        post("api/referrals", "trainee", boy(UUID.randomUUID().toString(), name));
    assertEquals(201, created.statusCode(), created.body());
    String reference = reference(created);
    try (Connection c = db()) {
      long id = referralId(c, reference);
      try (PreparedStatement q = c.prepareStatement("select * from itk_referral where id = ?")) {
        q.setLong(1, id);
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            byte[] raw = rs.getBytes(i);
            String text = raw == null ? "" : new String(raw, StandardCharsets.ISO_8859_1);
            for (String secret : List.of("Popescu", "Hovedban", "quota", "Romanian")) {
              assertFalse(text.contains(secret), rs.getMetaData().getColumnName(i));
            }
          }
          assertTrue(rs.getBytes("person_name_ct").length > name.length());
          assertEquals("ACUTE", rs.getString("priority"));
          assertEquals("CHILD", rs.getString("kind"));
        }
      }
    }
    HttpResponse<String> queue =
        new WebClient(base).getAs("api/intake/referrals?team=children", "intake", PASSWORD);
    assertEquals(200, queue.statusCode(), queue.body());
    assertTrue(queue.body().contains(reference), queue.body());
    assertFalse(queue.body().contains("Popescu"), "the queue carries no identifying data");
  }

  @Test
  void detailsOnlyForOfficersOfTheTeamAndEveryReadAndRefusalIsAudited() throws Exception {
    String name = "Mihai Ionescu";
    String reference =
        reference(post("api/referrals", "trainee", boy(UUID.randomUUID().toString(), name)));
    long id;
    try (Connection c = db()) {
      id = referralId(c, reference);
    }
    for (String refused : List.of("trainee", "coordinator", "admin", "intake-men")) {
      HttpResponse<String> r =
          new WebClient(base).getAs("api/intake/referrals/" + id, refused, PASSWORD);
      assertEquals(403, r.statusCode(), refused + ": " + r.body());
      assertFalse(r.body().contains("Ionescu"));
    }
    HttpResponse<String> read =
        new WebClient(base).getAs("api/intake/referrals/" + id, "intake", PASSWORD);
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(read.body().contains(name), "the officer of the children's team reads it");
    assertTrue(read.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

    HttpResponse<String> triaged =
        post(
            "api/intake/referrals/" + id + "/transitions",
            "intake",
            "{\"action\":\"TRIAGE\",\"comment\":\"called the station\"}");
    assertEquals(200, triaged.statusCode(), triaged.body());
    assertTrue(triaged.body().contains("\"state\":\"TRIAGED\""), triaged.body());
    assertEquals(
        403,
        post("api/intake/referrals/" + id + "/transitions", "admin", "{\"action\":\"CLOSE\"}")
            .statusCode());

    try (Connection c = db();
        PreparedStatement q =
            c.prepareStatement(
                "select a.username, e.outcome from plt_audit e join plt_account a on a.id ="
                    + " e.actor_account_id where e.target_type = 'itk_referral' and e.target_id ="
                    + " ? and e.action = 'intake.referral.read'")) {
      q.setString(1, String.valueOf(id));
      StringBuilder seen = new StringBuilder();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          seen.append(rs.getString(1)).append('=').append(rs.getString(2)).append(' ');
        }
      }
      for (String refused : List.of("trainee", "coordinator", "admin", "intake-men")) {
        assertTrue(seen.toString().contains(refused + "=REFUSED"), seen.toString());
      }
      assertTrue(seen.toString().contains("intake=ALLOWED"), seen.toString());
    }
  }

  @Test
  void repeatedSubmissionWithOneKeyGivesOneReferralAndTheSameReference() throws Exception {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = post("api/referrals", "trainee", boy(key, "Once Only"));
    HttpResponse<String> again = post("api/referrals", "trainee", boy(key, "Once Only"));
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(reference(first), reference(again));
    try (Connection c = db();
        PreparedStatement q =
            c.prepareStatement("select count(*) from itk_referral where idempotency_key = ?")) {
      q.setString(1, key);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getInt(1));
      }
    }
  }

  @Test
  void invalidReferralIsRefusedWith400AndNothingIsStored() throws Exception {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> bad =
        post(
            "api/referrals",
            "trainee",
            "{\"idempotencyKey\":\"" + key + "\",\"ageCategory\":\"ADULT\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    try (Connection c = db();
        PreparedStatement q =
            c.prepareStatement("select count(*) from itk_referral where idempotency_key = ?")) {
      q.setString(1, key);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getInt(1));
      }
    }
  }

  @Test
  void retentionStripsClosedReferralsWithoutAssessmentAfterTheirTimeAndKeepsTheRest()
      throws Exception {
    String due =
        reference(post("api/referrals", "trainee", boy(UUID.randomUUID().toString(), "Due")));
    String victim =
        reference(post("api/referrals", "trainee", boy(UUID.randomUUID().toString(), "Victim")));
    String recent =
        reference(post("api/referrals", "trainee", boy(UUID.randomUUID().toString(), "Recent")));
    try (Connection c = db()) {
      close(c, due, "NOT_ASSESSED_AS_VICTIM", 13);
      close(c, victim, "ASSESSED_AS_VICTIM", 13);
      close(c, recent, "NO_CONTACT_POSSIBLE", 11);
    }

    HttpResponse<String> ran = new WebClient(base).get("it/intake/retention");
    assertEquals(200, ran.statusCode(), ran.body());

    try (Connection c = db()) {
      assertTrue(stripped(c, due), "closed 13 months ago without an assessment");
      assertFalse(stripped(c, victim), "an assessed victim's referral is kept");
      assertFalse(stripped(c, recent), "closed 11 months ago: not yet");
      long id = referralId(c, due);
      HttpResponse<String> read =
          new WebClient(base).getAs("api/intake/referrals/" + id, "intake", PASSWORD);
      assertEquals(200, read.statusCode(), read.body());
      assertFalse(read.body().contains("\"Due\""), read.body());
      assertTrue(read.body().contains("\"strippedAt\":\""), read.body());
    }
  }

  /** Closes a referral {@code months} ago with {@code outcome}, as if it had been worked then. */
  private static void close(Connection c, String reference, String outcome, int months)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "update itk_referral set state = 'CLOSED', outcome = ?, outcome_at ="
                + " utc_timestamp() - interval ? month, closed_at = utc_timestamp() - interval ?"
                + " month where reference = ?")) {
      q.setString(1, outcome);
      q.setInt(2, months);
      q.setInt(3, months);
      q.setString(4, reference);
      assertEquals(1, q.executeUpdate());
    }
  }

  private static boolean stripped(Connection c, String reference) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "select stripped_at, person_name_ct, narrative_ct, contact_ct from itk_referral"
                + " where reference = ?")) {
      q.setString(1, reference);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next(), reference);
        boolean gone =
            rs.getBytes("person_name_ct") == null
                && rs.getBytes("narrative_ct") == null
                && rs.getBytes("contact_ct") == null;
        assertEquals(rs.getTimestamp("stripped_at") != null, gone, reference);
        return gone;
      }
    }
  }
}
