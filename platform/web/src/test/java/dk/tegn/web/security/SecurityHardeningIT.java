package dk.tegn.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.WebClient;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's defects, checked from outside over HTTP against the real WAR as an auditor would: the
 * outbox scoped to the admin's organisations, strict JSON, CSRF on the API, bad input answered with
 * 4xx (never 5xx), security headers on every answer.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHardeningIT {

  static final String PASSWORD = "tegn-demo";
  static final String EVIL = "https://evil.example";

  @ArquillianResource URL base;

  private String arrange(String username, String organisation, String role) throws Exception {
    HttpResponse<String> r =
        new WebClient(base)
            .get(
                "it/security?action=account&username="
                    + username
                    + "&organisation="
                    + organisation
                    + "&role="
                    + role);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
  }

  // --- defect 1: account takeover across organisations

  @Test
  void anAdminOfAPartnerOrganisationSeesOnlyTheirOrganisationsMail() throws Exception {
    arrange("sec-partner-admin", "hospital", "ADMIN");
    arrange("sec-hospital-person", "hospital", "TRAINEE");
    arrange("sec-police-person", "police-school", "TRAINEE");
    WebClient partner = new WebClient(base);
    assertEquals(302, partner.signIn("sec-partner-admin", PASSWORD).statusCode());
    HttpResponse<String> page = partner.get("admin/outbox.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("sec-hospital-person@it.tegn.dk"), "their own organisation");
    assertFalse(
        page.body().contains("sec-police-person@it.tegn.dk"),
        "another organisation's invitation: its link would let them take over the account");
    WebClient national = new WebClient(base);
    assertEquals(302, national.signIn("admin", PASSWORD).statusCode());
    assertTrue(national.get("admin/outbox.xhtml").body().contains("sec-police-person@it.tegn.dk"));
  }

  // --- defect 2: lenient JSON binding

  @Test
  void aReferralWhoseDangerFlagIsNoBooleanIsRefusedNamingTheField() throws Exception {
    for (String value : new String[] {"\"yes\"", "1", "\"1\"", "[1,2]"}) {
      String body =
          "{\"idempotencyKey\":\"sec-danger-0123456789\",\"metOn\":\"2026-01-02\","
              + "\"region\":\"HOVEDSTADEN\",\"ageCategory\":\"ADULT\",\"gender\":\"WOMAN\","
              + "\"exploitationForm\":\"SEXUAL\",\"immediateDanger\":"
              + value
              + ",\"consent\":\"GIVEN\",\"profession\":\"POLICE\"}";
      WebClient client = new WebClient(base).inLanguage("da");
      HttpResponse<String> r =
          client.send(
              json(client.request("api/referrals"), "POST", body)
                  .header("Authorization", WebClient.basic("trainee", PASSWORD)));
      assertEquals(400, r.statusCode(), value + ": " + r.body());
      assertTrue(r.body().contains("\"field\":\"immediateDanger\""), r.body());
      assertTrue(r.body().contains("Skal være true eller false"), "in Danish: " + r.body());
    }
  }

  // --- defect 3: CSRF on the REST API

  @Test
  void aCookieAuthenticatedStateChangeFromAnotherSiteIsRefused() throws Exception {
    WebClient admin = new WebClient(base);
    assertEquals(302, admin.signIn("admin", PASSWORD).statusCode());
    HttpResponse<String> rotation =
        admin.send(
            admin
                .request("api/intake/keys/rotation")
                .header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(403, rotation.statusCode(), rotation.body());
    assertTrue(rotation.body().contains("\"error\":\"crossOrigin\""), rotation.body());

    WebClient cadet = new WebClient(base);
    assertEquals(302, cadet.signIn("cadet19", PASSWORD).statusCode());
    HttpResponse<String> foreign =
        cadet.send(json(cadet.request("api/referrals"), "POST", "{}").header("Origin", EVIL));
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> foreignReferer =
        cadet.send(
            json(cadet.request("api/referrals"), "PUT", "{}")
                .header("Referer", EVIL + "/page")
                .header("Sec-Fetch-Mode", "cors"));
    assertEquals(403, foreignReferer.statusCode(), foreignReferer.body());
    HttpResponse<String> browserWithoutOrigin =
        cadet.send(
            json(cadet.request("api/referrals"), "POST", "{}")
                .header("Sec-Fetch-Site", "same-origin"));
    assertEquals(403, browserWithoutOrigin.statusCode(), "a browser names its origin for a POST");

    String own = base.getProtocol() + "://" + base.getAuthority();
    HttpResponse<String> fromTegn =
        cadet.send(json(cadet.request("api/referrals"), "POST", "{}").header("Origin", own));
    assertEquals(400, fromTegn.statusCode(), "passes the check; the empty referral is invalid");
    HttpResponse<String> script = cadet.send(json(cadet.request("api/referrals"), "POST", "{}"));
    assertEquals(400, script.statusCode(), "a script with a cookie jar sends no browser headers");
    HttpResponse<String> basic =
        cadet.send(
            json(cadet.request("api/referrals"), "POST", "{}")
                .header("Origin", EVIL)
                .header("Authorization", WebClient.basic("cadet19", PASSWORD)));
    assertEquals(400, basic.statusCode(), "HTTP Basic is no ambient credential");
    assertNotEquals(403, cadet.get("api/me").statusCode(), "reads are not checked");
  }

  // --- defect 7: bad input answers 4xx, never 5xx

  /** Endpoint, method, account that may use it. */
  record Door(String path, String method, String username) {}

  static final List<Door> JSON_DOORS =
      List.of(
          new Door("api/referrals", "POST", "trainee"),
          new Door("api/intake/referrals/1/transitions", "POST", "intake"),
          new Door("api/banks", "POST", "trainer"),
          new Door("api/attempts/1/answers/1", "PUT", "cadet12"));

  static List<String> badBodies() {
    return List.of(
        "",
        "null",
        "[]",
        "\"x\"",
        "true",
        "3",
        "{",
        "{\"a\":}",
        "{\"a\":1,}",
        "[".repeat(5000) + "]".repeat(5000),
        "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
        "{\"idempotencyKey\":\"x\u0000y\"}",
        "{\"narrative\":\"\\u0000\\ud800\"}",
        "{\"keys\":5,\"action\":[],\"immediateDanger\":{}}",
        "{\"idempotencyKey\":\"' OR 1=1 --\",\"personName\":\"<script>alert(1)</script>\"}",
        "{\"metOn\":\"../../etc/passwd\",\"region\":\"%00\"}",
        "{\"estimatedAge\":1e999999,\"days\":-99999999999999999999}",
        "{\"narrative\":\"" + "a".repeat(2_000_000) + "\"}");
  }

  @Test
  void aCorpusOfBadBodiesGetsOnly4xxJsonAnswers() throws Exception {
    int requests = 0;
    List<String> failures = new ArrayList<>();
    for (Door door : JSON_DOORS) {
      for (String body : badBodies()) {
        for (String type :
            List.of(
                "application/json",
                "application/json; charset=no-such-charset",
                "text/plain",
                "application/json; charset=UTF-16")) {
          WebClient client = new WebClient(base).inLanguage("da");
          HttpResponse<String> r =
              client.send(
                  client
                      .request(door.path())
                      .header("Content-Type", type)
                      .header("Authorization", WebClient.basic(door.username(), PASSWORD))
                      .method(door.method(), HttpRequest.BodyPublishers.ofString(body)));
          requests++;
          if (r.statusCode() < 400
              || r.statusCode() >= 500
              || !r.body().startsWith("{\"error\":")
              || r.body().contains("Exception")) {
            failures.add(
                door.method()
                    + " "
                    + door.path()
                    + " ["
                    + type
                    + "] "
                    + body.substring(0, Math.min(40, body.length()))
                    + " -> "
                    + r.statusCode()
                    + " "
                    + r.body().substring(0, Math.min(200, r.body().length())));
          }
        }
      }
    }
    System.out.println(
        "bad-input corpus: " + requests + " requests, " + failures.size() + " not 4xx JSON");
    assertEquals(List.of(), failures);
  }

  @Test
  void unknownMethodsAnswer405NotNotImplemented() throws Exception {
    WebClient client = new WebClient(base);
    HttpResponse<String> page =
        client.send(
            client.request("login.xhtml").method("PATCH", HttpRequest.BodyPublishers.noBody()));
    assertEquals(405, page.statusCode(), page.body());
    assertTrue(page.headers().firstValue("Allow").orElse("").contains("POST"));
    HttpResponse<String> api =
        client.send(
            json(client.request("api/referrals"), "PATCH", "{}")
                .header("Authorization", WebClient.basic("trainee", PASSWORD)));
    assertEquals(405, api.statusCode(), api.body());
    assertTrue(api.body().startsWith("{\"error\":\"methodNotAllowed\""), api.body());
  }

  @Test
  void aFormPostOfAMegabyteOrMoreIs413() throws Exception {
    WebClient client = new WebClient(base);
    HttpResponse<String> r =
        client.send(
            client
                .request("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=" + "b".repeat(1_100_000))));
    assertEquals(413, r.statusCode());
  }

  @Test
  void someoneElsesOrAMissingCertificateIs404NotAnError() throws Exception {
    WebClient cadet = new WebClient(base);
    assertEquals(302, cadet.signIn("cadet11", PASSWORD).statusCode());
    for (String id : List.of("999999999", "1", "", "abc", "-1", "99999999999999999999")) {
      int status = cadet.get("courses/learn/certificate?enrolment=" + id).statusCode();
      assertTrue(status == 404 || status == 403, id + " -> " + status);
    }
  }

  @Test
  void theRegistrationFormRefusesBlankNulAndOverlongValuesWithoutAnError() throws Exception {
    for (Map<String, String> values :
        List.of(
            Map.of("email", "   ", "displayName", "   ", "password", "   "),
            Map.of("email", "a@b.dk", "displayName", "Nul\u0000Name", "password", "x\u0000y"),
            Map.of(
                "email",
                "x".repeat(300) + "@b.dk",
                "displayName",
                "n".repeat(5000),
                "password",
                "p".repeat(5000)))) {
      WebClient client = new WebClient(base);
      String page = client.get("register/register.xhtml").body();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("register", "register");
      values.forEach((k, v) -> form.put("register:" + k, v));
      form.put("register:submit", "");
      HttpResponse<String> r = client.postFaces("register/register.xhtml", page, form);
      assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + values);
      assertFalse(r.body().contains("Exception"), r.body());
      assertFalse(r.body().contains("incident"), "no 500 page: " + r.body());
    }
  }

  // --- defect 9 and section 3: headers, access, idempotency

  static void assertHardened(HttpResponse<String> r, String what) {
    var csp = r.headers().allValues("Content-Security-Policy");
    assertTrue(csp.stream().anyMatch(v -> v.contains("frame-ancestors 'none'")), what + " CSP");
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
    assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), what);
    assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), what);
    String server = r.headers().firstValue("Server").orElse("");
    assertFalse(
        server.matches(".*[0-9].*") || server.contains("Payara"), what + " Server: " + server);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoServerVersion() throws Exception {
    assertHardened(new WebClient(base).get("api/me"), "the API's 401");
    assertHardened(new WebClient(base).get("login.xhtml"), "a page");
    assertHardened(new WebClient(base).get("no-such-page.xhtml"), "the 404 page");
    WebClient cadet = new WebClient(base);
    assertEquals(302, cadet.signIn("cadet10", PASSWORD).statusCode());
    HttpResponse<String> forbidden = cadet.get("admin/accounts.xhtml");
    assertEquals(403, forbidden.statusCode());
    assertHardened(forbidden, "the 403 page");
    HttpResponse<String> patch =
        cadet.send(
            cadet.request("home.xhtml").method("PATCH", HttpRequest.BodyPublishers.noBody()));
    assertHardened(patch, "a 405");
  }

  @Test
  void theQueueOfANonOfficerIsAnAudited403NotAnEmptyList() throws Exception {
    HttpResponse<String> r = new WebClient(base).getAs("api/intake/referrals", "cadet09", PASSWORD);
    assertEquals(403, r.statusCode(), r.body());
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("tegn.db.url"),
                System.getProperty("tegn.db.user"),
                System.getProperty("tegn.db.password"));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from plt_audit a join plt_account p on p.id = a.actor_account_id"
                    + " where p.username = 'cadet09' and a.action = 'intake.queue.list'"
                    + " and a.outcome = 'REFUSED'")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "the refusal is audited");
    }
  }

  @Test
  void packageChecksAreForTrainersAndSharedBanksForTheNationalOrganisation() throws Exception {
    WebClient trainee = new WebClient(base);
    HttpResponse<String> check =
        trainee.send(
            trainee
                .request("api/course-packages/check")
                .header("Content-Type", "application/zip")
                .header("Authorization", WebClient.basic("trainee", PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {80, 75, 5, 6})));
    assertEquals(403, check.statusCode(), check.body());
    arrange("sec-local-trainer", "hospital", "TRAINER");
    WebClient local = new WebClient(base);
    HttpResponse<String> shared =
        local.send(
            json(
                    local.request("api/banks?shared=true"),
                    "POST",
                    "{\"format\":\"tegn-bank/1\",\"categories\":[]}")
                .header("Authorization", WebClient.basic("sec-local-trainer", PASSWORD)));
    assertEquals(403, shared.statusCode(), "a bank every organisation uses: " + shared.body());
    HttpResponse<String> yes =
        local.send(
            json(local.request("api/banks?shared=yes"), "POST", "{}")
                .header("Authorization", WebClient.basic("trainer", PASSWORD)));
    assertEquals(400, yes.statusCode(), "no guessing what 'yes' means: " + yes.body());
  }

  @Test
  void aReferralResentWithTheSameKeyButOtherContentIs409() throws Exception {
    String form =
        "{\"idempotencyKey\":\"sec-resend-0123456789\",\"metOn\":\"2026-01-02\","
            + "\"region\":\"HOVEDSTADEN\",\"ageCategory\":\"ADULT\",\"gender\":\"WOMAN\","
            + "\"exploitationForm\":\"SEXUAL\",\"immediateDanger\":%s,"
            + "\"consent\":\"GIVEN\",\"profession\":\"POLICE\"}";
    WebClient client = new WebClient(base);
    HttpResponse<String> first =
        client.send(
            json(client.request("api/referrals"), "POST", form.formatted("false"))
                .header("Authorization", WebClient.basic("cadet08", PASSWORD)));
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> same =
        client.send(
            json(client.request("api/referrals"), "POST", form.formatted("false"))
                .header("Authorization", WebClient.basic("cadet08", PASSWORD)));
    assertEquals(200, same.statusCode(), same.body());
    HttpResponse<String> changed =
        client.send(
            json(client.request("api/referrals"), "POST", form.formatted("true"))
                .header("Authorization", WebClient.basic("cadet08", PASSWORD)));
    assertEquals(409, changed.statusCode(), changed.body());
    assertTrue(changed.body().contains("other content"), changed.body());
  }

  // --- defect 8: uploads do not stay on disk

  @Test
  void anUploadedFileIsGoneFromTheTemporaryFolderWhenTheRequestEnds() throws Exception {
    String marker = "sec-upload-" + System.nanoTime();
    WebClient coordinator = new WebClient(base);
    assertEquals(302, coordinator.signIn("coordinator", PASSWORD).statusCode());
    String page = coordinator.get("coordination/cohorts.xhtml").body();
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile(
                "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
            .matcher(page);
    java.util.regex.Matcher nonce =
        java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)").matcher(page);
    assertTrue(state.find() && nonce.find(), "the cohorts page");
    String boundary = "----tegn" + System.nanoTime();
    String csv = "name,email\n" + ("Navn Efternavn," + marker + "@x.dk\n").repeat(2000);
    String body =
        part(boundary, "upload", "upload")
            + part(boundary, "jakarta.faces.ViewState", state.group(1))
            + part(boundary, "primefaces.nonce", nonce.group(1))
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"upload:file\";"
            + " filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n"
            + part(boundary, "upload:check", "")
            + "--"
            + boundary
            + "--\r\n";
    HttpResponse<String> r =
        coordinator.send(
            coordinator
                .request("coordination/cohorts.xhtml")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.body());
    assertEquals(
        "0",
        new WebClient(base).get("it/security?action=uploads&marker=" + marker).body(),
        "no file with the uploaded names is left");
  }

  private static String part(String boundary, String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }
}
