package dk.tegn.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation on a real Payara Micro and MariaDB: migrations, sign-in through form and Basic,
 * lock-out, roles, error pages and headers. Black box over HTTP, as users and scripts meet it.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  @ArquillianResource URL base;

  @Test
  void everyModuleSchemaIsMigratedAtStart() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("tegn.db.url"),
                System.getProperty("tegn.db.user"),
                System.getProperty("tegn.db.password"));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from flyway_history_core where success = 1 and version is not"
                    + " null")) {
      rs.next();
      assertTrue(rs.getInt(1) >= 2, "core migrations applied");
    }
  }

  @Test
  void apiMeAnswersTheCallersAccountOrganisationAndRolesAsJson() throws Exception {
    HttpResponse<String> me = new WebClient(base).getAs("api/me", "trainee", "tegn-demo");
    assertEquals(200, me.statusCode());
    assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(me.body().contains("\"username\":\"trainee\""), me.body());
    assertTrue(me.body().contains("\"organisationCode\":\"police-school\""), me.body());
    assertTrue(me.body().contains("\"role\":\"TRAINEE\""), me.body());
  }

  @Test
  void apiWithoutOrWithWrongCredentialsAnswers401JsonInTheCallersLanguage() throws Exception {
    HttpResponse<String> none = new WebClient(base).inLanguage("da").get("api/me");
    assertEquals(401, none.statusCode());
    assertTrue(none.body().startsWith("{\"error\":\"unauthorized\""), none.body());
    assertTrue(none.body().contains("Log ind"), none.body());
    HttpResponse<String> wrong = new WebClient(base).getAs("api/me", "trainer", "not-the-password");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void basicCredentialsOfAnotherCallerWinOverTheSessionCookieOfTheFirst() throws Exception {
    WebClient client = new WebClient(base);
    assertTrue(client.getAs("api/me", "cadet05", "tegn-demo").body().contains("\"cadet05\""));
    HttpResponse<String> other = client.getAs("api/me", "cadet06", "tegn-demo");
    assertTrue(other.body().contains("\"username\":\"cadet06\""), other.body());
  }

  /**
   * Every request goes through Tegn's own JASPIC module (Soteria's bridge with the mechanism found
   * once, {@code TegnServerAuthModule}), and through it nobody unauthenticated reaches a protected
   * page or API and a trainee reaches no coordinator's page or API, by session or by Basic.
   */
  @Test
  void throughTegnsOwnAuthModuleNobodyReachesWhatTheirRolesDoNotAllow() throws Exception {
    long before = authenticatedByTegnsModule();
    WebClient anonymous = new WebClient(base);
    HttpResponse<String> page = anonymous.get("home.xhtml");
    assertEquals(302, page.statusCode(), "a protected page without a session: to the login");
    assertTrue(
        page.headers().firstValue("Location").orElse("").contains("login.xhtml?next="),
        page.headers().toString());
    assertEquals(401, anonymous.get("api/me").statusCode());
    assertEquals(401, anonymous.get("api/coordination/completion").statusCode());
    assertEquals(401, anonymous.get("api/me").statusCode(), "no session was made on the way");
    assertTrue(authenticatedByTegnsModule() >= before + 5, "these went through Tegn's module");

    WebClient trainee = new WebClient(base);
    assertEquals(302, trainee.signIn("cadet13", "tegn-demo").statusCode());
    HttpResponse<String> home = trainee.get("home.xhtml");
    assertEquals(200, home.statusCode(), "the session signs the trainee in");
    assertEquals(403, trainee.get("coordination/cohorts.xhtml").statusCode());
    assertEquals(403, trainee.get("admin/accounts.xhtml").statusCode());
    assertEquals(
        403, trainee.getAs("api/coordination/completion", "cadet13", "tegn-demo").statusCode());
    WebClient coordinator = new WebClient(base);
    assertEquals(302, coordinator.signIn("coordinator", "tegn-demo").statusCode());
    assertEquals(200, coordinator.get("coordination/cohorts.xhtml").statusCode());

    // signed out (request.logout() through the module's cleanSubject), the cookie reaches nothing
    trainee.postFaces(
        "home.xhtml",
        home.body(),
        Map.of("account", "account", "account:logout", "account:logout"));
    HttpResponse<String> after = trainee.get("home.xhtml");
    assertEquals(302, after.statusCode(), "signed out: to the login again");
  }

  private long authenticatedByTegnsModule() throws Exception {
    String count = new WebClient(base).get("it/security?action=authModule").body();
    assertNotEquals("none", count, "Tegn's JASPIC module is registered");
    return Long.parseLong(count.trim());
  }

  @Test
  void unknownApiPathAnswers404Json() throws Exception {
    HttpResponse<String> r = new WebClient(base).getAs("api/no-such-thing", "trainee", "tegn-demo");
    assertEquals(404, r.statusCode());
    assertEquals("{\"error\":\"notFound\",\"message\":\"Not found.\"}", r.body());
  }

  @Test
  void wrongPasswordsSlowTheNextTryDownForKnownAndUnknownNamesAlikeButLockNobodyOut()
      throws Exception {
    HttpResponse<String> known = throttled("cadet17");
    HttpResponse<String> stranger = throttled("nobody-" + System.nanoTime());
    assertEquals(known.body(), stranger.body(), "the same words for a name that exists and not");
    assertTrue(known.body().contains("\"error\":\"throttled\""), known.body());
    long wait = Long.parseLong(known.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(wait >= 1 && wait <= 30, "bounded: " + wait);
    Thread.sleep(wait * 1000 + 200);
    // no lock-out: after the wait the owner signs in
    assertEquals(200, new WebClient(base).getAs("api/me", "cadet17", "tegn-demo").statusCode());
  }

  /**
   * Wrong passwords for the name until the next try must wait: 401 each (the first three cost no
   * wait), then 429 at once, the password unchecked.
   */
  private HttpResponse<String> throttled(String username) throws Exception {
    for (int i = 1; i <= 8; i++) {
      HttpResponse<String> r = new WebClient(base).getAs("api/me", username, "wrong-" + i);
      if (r.statusCode() == 429) {
        assertTrue(i > 4, "the first wrong passwords are free: throttled at try " + i);
        return r;
      }
      assertEquals(401, r.statusCode(), r.body());
    }
    throw new AssertionError(username + " was never slowed down");
  }

  @Test
  void wrongPasswordOnTheFormSaysSoWithoutSayingWhichPart() throws Exception {
    HttpResponse<String> form = new WebClient(base).signIn("cadet16", "nope");
    assertEquals(200, form.statusCode());
    assertTrue(form.body().contains("Wrong username or password."), form.body());
    HttpResponse<String> unknown = new WebClient(base).signIn("nobody-at-all", "nope");
    assertTrue(unknown.body().contains("Wrong username or password."));
  }

  @Test
  void traineeWhoTypesAnAdminUrlGetsThe403PageInTheirLanguage() throws Exception {
    WebClient trainee = new WebClient(base).inLanguage("da");
    assertEquals(302, trainee.signIn("cadet15", "tegn-demo").statusCode());
    HttpResponse<String> admin = trainee.get("admin/accounts.xhtml");
    assertEquals(403, admin.statusCode());
    assertTrue(admin.body().contains("Ingen adgang"), admin.body());
    assertTrue(!admin.body().contains("Exception"), "no stack trace on the page");
  }

  @Test
  void adminReachesTheAccountsPage() throws Exception {
    WebClient admin = new WebClient(base);
    HttpResponse<String> signIn = admin.signIn("admin", "tegn-demo");
    assertEquals(302, signIn.statusCode());
    assertTrue(
        signIn.headers().firstValue("Location").orElse("").endsWith("/admin/accounts.xhtml"));
    HttpResponse<String> page = admin.get("admin/accounts.xhtml");
    assertEquals(200, page.statusCode());
    // the first page of the paged list (other test classes add accounts that sort before cadet01)
    assertTrue(page.body().contains("data-ri=\"0\""), "lists accounts");
  }

  @Test
  void signInGivesANewSessionIdAgainstSessionFixation() throws Exception {
    WebClient client = new WebClient(base);
    String before = sessionCookie(client.get("login.xhtml"));
    String after = sessionCookie(client.signIn("cadet14", "tegn-demo"));
    assertNotEquals(before, after);
  }

  @Test
  void missingPageGivesThe404PageInTheRequestedLanguage() throws Exception {
    HttpResponse<String> en = new WebClient(base).inLanguage("en").get("no-such-page.xhtml");
    assertEquals(404, en.statusCode());
    assertTrue(en.body().contains("Page not found"), en.body());
    HttpResponse<String> da = new WebClient(base).inLanguage("da").get("no-such-page.xhtml");
    assertTrue(da.body().contains("Siden findes ikke"), da.body());
  }

  @Test
  void pagesCarrySecurityHeadersAndAHttpOnlySameSiteSessionCookie() throws Exception {
    HttpResponse<String> login = new WebClient(base).get("login.xhtml");
    var csp = login.headers().allValues("Content-Security-Policy");
    assertTrue(csp.stream().anyMatch(v -> v.contains("frame-ancestors 'none'")), csp.toString());
    assertTrue(csp.stream().anyMatch(v -> v.contains("'nonce-")), "PrimeFaces script nonce");
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  @Test
  void readinessIsUpWhileTheDatabaseAnswers() throws Exception {
    URL health = new URL(base, "/health/ready");
    HttpResponse<String> ready =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(health.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""));
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .map(c -> c.substring(0, c.indexOf(';')))
        .orElse("");
  }
}
