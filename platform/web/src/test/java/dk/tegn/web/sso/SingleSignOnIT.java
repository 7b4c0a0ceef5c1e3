package dk.tegn.web.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.KeycloakServer;
import dk.tegn.web.testing.SharedBrowser;
import dk.tegn.web.testing.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Single sign-on against a real Keycloak: an organisation of its own is configured over the REST
 * API by the demo admin (issuer, client, encrypted secret, e-mail domain, groups to a role and to a
 * cohort with a course assigned); a Keycloak user signs in through it in Chromium for the first
 * time and finds the cohort's course on their home page; signing out ends the Keycloak session too.
 * Replayed, forged and tampered answers, ID tokens Keycloak issued expired or for another audience
 * (clients of the test realm made so), a swapped nonce and another browser's answer are refused
 * with a message and an audit line.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

  private static final String DOMAIN = "sso-it.example";
  private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

  private static final java.util.Map<String, String> PASSWORDS =
      java.util.Map.of("anna.kadet", "kc-anna-2026", "bo.underviser", "kc-bo-2026");

  @RegisterExtension static final KeycloakServer KEYCLOAK = new KeycloakServer("tegn-it");

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("en");

  @ArquillianResource URL base;

  private static String code;
  private static String course;
  private static long cohortId;

  /** Once: the organisation, its cohort with a course, and its provider (through the REST API). */
  @BeforeEach
  void organisationWithProvider() throws Exception {
    if (code != null) {
      return;
    }
    code = "sso-it-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    course = "Menneskehandel for kadetter " + code;
    cohortId = organisationWithProvider(code, course, "tegn", DOMAIN);
  }

  /**
   * An organisation with a cohort that has {@code courseTitle}, signing in through the realm's
   * client {@code clientId}; returns the cohort's id.
   */
  private long organisationWithProvider(
      String code, String courseTitle, String clientId, String domain) throws Exception {
    String[] ids =
        it("action=organisation&code=" + code + "&cohort=Kadetter&course=" + enc(courseTitle))
            .split(" ");
    long organisationId = Long.parseLong(ids[0]);
    long cohortId = Long.parseLong(ids[1]);
    WebClient admin = new WebClient(base);
    String form =
        "{\"organisationId\":"
            + organisationId
            + ",\"issuer\":\""
            + KEYCLOAK.issuer()
            + "\",\"clientId\":\""
            + clientId
            + "\",\"clientSecret\":\"tegn-it-client-secret\","
            + "\"scopes\":\"openid profile email\",\"usernameClaim\":\"preferred_username\","
            + "\"emailClaim\":\"email\",\"nameClaim\":\"name\",\"groupsClaim\":\"groups\","
            + "\"emailDomains\":[\""
            + domain
            + "\"],\"enabled\":true,\"mappings\":[{\"group\":\"kadetter\",\"role\":\"TRAINEE\","
            + "\"cohortId\":"
            + cohortId
            + "},{\"group\":\"undervisere\",\"role\":\"TRAINER\",\"cohortId\":null}]}";
    HttpResponse<String> saved =
        admin.send(
            admin
                .request("api/admin/sso-providers")
                .header("Authorization", WebClient.basic("admin", "tegn-demo"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(form)));
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(saved.body().contains("\"clientSecretSet\":true"), saved.body());
    assertTrue(!saved.body().contains("tegn-it-client-secret"), "the secret never comes back");
    return cohortId;
  }

  @Test
  void aKeycloakUsersFirstSignInCreatesTheAccountInTheMappedCohortWithItsCourse() throws Exception {
    Browser b = BROWSER.at(base);
    try {
      b.open("login.xhtml");
      b.type("sso:email", "anna.kadet@" + DOMAIN);
      b.click("sso:discover");
      b.waitFor(By.cssSelector("a.sso-start[data-organisation='" + code + "']")).click();
      keycloakSignIn(b, "anna.kadet", "kc-anna-2026");
      b.wait(Duration.ofSeconds(60)).until(d -> d.getPageSource().contains(course));
      assertEquals(
          "organisation=" + code + " cohorts=[" + cohortId + "] roles=TRAINEE name=Anna Kadet",
          it("action=account&username=anna.kadet"));

      // signing out ends the provider's session too: the next sign-in asks for the password
      b.signOut();
      b.open("login.xhtml?organisation=" + code);
      b.waitFor(By.cssSelector("a.sso-start[data-organisation='" + code + "']")).click();
      keycloakSignIn(b, "anna.kadet", "kc-anna-2026");
      b.wait(Duration.ofSeconds(60)).until(d -> d.getPageSource().contains(course));
      assertEquals("none", it("action=account&username=anna.kadet." + code), "no second account");
    } catch (RuntimeException | AssertionError e) {
      Files.createDirectories(Path.of("target", "screenshots"));
      Files.writeString(
          Path.of("target", "screenshots", "sso-failed.html"), b.driver().getPageSource());
      throw e;
    }
  }

  @Test
  void anAdminSeesAndChangesTheProviderOnTheAdminPageWithoutEverSeeingTheSecret() throws Exception {
    Browser b = BROWSER.at(base).signIn("admin", "tegn-demo");
    b.open("admin/sso.xhtml");
    b.choose("provider:organisationId", "Politiskolen " + code);
    b.wait(Duration.ofSeconds(30))
        .until(
            d ->
                KEYCLOAK
                    .issuer()
                    .equals(d.findElement(By.id("provider:issuer")).getAttribute("value")));
    assertTrue(b.driver().getPageSource().contains("/sso/start?organisation=" + code));
    assertTrue(!b.driver().getPageSource().contains("tegn-it-client-secret"));
    assertEquals(List.of(), b.seriousAccessibilityViolations());
    b.type("provider:emailDomains", DOMAIN + ", kadet-" + code + ".example");
    b.click("provider:save");
    b.wait(Duration.ofSeconds(30))
        .until(d -> d.getPageSource().contains("kadet-" + code + ".example]"));
    WebClient admin = new WebClient(base);
    HttpResponse<String> listed = admin.getAs("api/admin/sso-providers", "admin", "tegn-demo");
    assertEquals(200, listed.statusCode(), listed.body());
    assertTrue(listed.body().contains("\"kadet-" + code + ".example\""), listed.body());
    assertTrue(listed.body().contains("\"clientSecretSet\":true"), "a blank secret keeps it");
    b.signOut();
  }

  @Test
  void groupsGiveTheirRolesAndAReplayedAnswerIsRefusedWithAMessageAndAnAuditLine()
      throws Exception {
    WebClient web = new WebClient(base);
    String callback = keycloakAnswer(web, "bo.underviser", "kc-bo-2026");
    HttpResponse<String> signedIn = web.send(HttpRequest.newBuilder(URI.create(callback)));
    assertEquals(302, signedIn.statusCode());
    assertTrue(location(signedIn).endsWith("/index.xhtml"), location(signedIn));
    assertEquals(
        "organisation="
            + code
            + " cohorts=["
            + cohortId
            + "] roles=TRAINEE,TRAINER name=Bo Underviser",
        it("action=account&username=bo.underviser"));

    int before = refusals();
    HttpResponse<String> replayed = web.send(HttpRequest.newBuilder(URI.create(callback)));
    assertRefused(replayed, "state", before, "already been used");
  }

  @Test
  void aTamperedStateAndAForgedCodeAreRefused() throws Exception {
    WebClient web = new WebClient(base);
    String callback = keycloakAnswer(web, "bo.underviser", "kc-bo-2026");
    int before = refusals();
    HttpResponse<String> tampered =
        web.send(
            HttpRequest.newBuilder(
                URI.create(callback.replaceFirst("state=[^&]+", "state=forged-state"))));
    assertRefused(tampered, "state", before, "already been used");

    callback = keycloakAnswer(web, "bo.underviser", "kc-bo-2026");
    before = refusals();
    HttpResponse<String> forged =
        web.send(
            HttpRequest.newBuilder(URI.create(callback.replaceFirst("code=[^&]+", "code=forged"))));
    assertRefused(forged, "token", before, "could not be verified");
    assertTrue(refusalDetail().contains("invalid_grant"), refusalDetail());
  }

  @Test
  void anUnknownOrganisationOrDomainIsToldInTheUsersLanguage() throws Exception {
    WebClient web = new WebClient(base).inLanguage("da");
    int before = refusals();
    HttpResponse<String> unknown = web.get("sso/start?organisation=no-such-organisation");
    assertEquals(302, unknown.statusCode());
    assertTrue(location(unknown).contains("login.xhtml?sso=unknown"), location(unknown));
    assertEquals(before + 1, refusals());
    String page = web.get("login.xhtml?sso=unknown").body();
    assertTrue(page.contains("Fælles login er ikke sat op"), page);
  }

  @Test
  void anIdTokenKeycloakIssuedExpiredIsRefusedWithAMessageAndAnAuditLine() throws Exception {
    // the realm's client tegn-expired has a token lifespan of minus ten minutes: Keycloak signs
    // ID tokens whose exp lies ten minutes before their iat, far beyond the minute of clock skew
    assertTokenRefused(withClient("exp", "tegn-expired"), a -> a, "anna.kadet", "expired");
  }

  @Test
  void anIdTokenForAnotherAudienceIsRefusedWithAMessageAndAnAuditLine() throws Exception {
    // the realm's client tegn-wrong-audience has a mapper that addresses its ID tokens to
    // another application: genuinely signed by Keycloak, meant for someone else
    assertTokenRefused(withClient("aud", "tegn-wrong-audience"), a -> a, "anna.kadet", "audience");
    assertTrue(refusalDetail().contains("another-application"), refusalDetail());
  }

  @Test
  void anIdTokenWithAnotherNonceIsRefusedWithAMessageAndAnAuditLine() throws Exception {
    // someone swaps the nonce on its way to Keycloak: the state still matches, so the code is
    // exchanged, and Keycloak's ID token carries a nonce this sign-in never sent
    assertTokenRefused(
        code,
        a -> a.replaceFirst("nonce=[^&]+", "nonce=swapped-nonce-" + code),
        "bo.underviser",
        "nonce");
  }

  /** An organisation of its own signing in through the realm's client {@code clientId}. */
  private String withClient(String suffix, String clientId) throws Exception {
    String organisation = code + "-" + suffix;
    organisationWithProvider(
        organisation, course + " (" + suffix + ")", clientId, organisation + ".example");
    return organisation;
  }

  /** Keycloak's answer (to a request changed by {@code tamper}) fails the ID token's check. */
  private void assertTokenRefused(
      String organisation, UnaryOperator<String> tamper, String username, String check)
      throws Exception {
    WebClient web = new WebClient(base);
    String callback = keycloakAnswer(web, organisation, tamper, username, PASSWORDS.get(username));
    int before = refusals();
    assertRefused(
        web.send(HttpRequest.newBuilder(URI.create(callback))),
        "token",
        before,
        "could not be verified");
    assertTrue(refusalDetail().startsWith("token: " + check), refusalDetail());
  }

  @Test
  void keycloaksAnswerToAnotherBrowsersSignInIsRefusedForItsState() throws Exception {
    // login CSRF: the attacker's own, genuine answer is fed to the victim's browser, which has a
    // sign-in of its own under way; the states differ
    WebClient attacker = new WebClient(base);
    String attackers = keycloakAnswer(attacker, "bo.underviser", "kc-bo-2026");
    WebClient victim = new WebClient(base);
    assertEquals(302, victim.get("sso/start?organisation=" + code).statusCode());
    int before = refusals();
    assertRefused(
        victim.send(HttpRequest.newBuilder(URI.create(attackers))),
        "state",
        before,
        "already been used");
    assertTrue(refusalDetail().startsWith("state: state does not match"), refusalDetail());
  }

  /** Follows the flow as a browser would, up to Keycloak's answer: the callback address. */
  private String keycloakAnswer(WebClient web, String username, String password)
      throws IOException, InterruptedException {
    return keycloakAnswer(web, code, a -> a, username, password);
  }

  /**
   * The same for {@code organisation}, with the authorization request changed by {@code tamper} on
   * its way to Keycloak.
   */
  private String keycloakAnswer(
      WebClient web,
      String organisation,
      UnaryOperator<String> tamper,
      String username,
      String password)
      throws IOException, InterruptedException {
    HttpResponse<String> start = web.get("sso/start?organisation=" + organisation);
    assertEquals(302, start.statusCode(), start.body());
    String authorization = tamper.apply(location(start));
    assertTrue(authorization.startsWith(KEYCLOAK.issuer()), authorization);
    assertTrue(authorization.contains("code_challenge_method=S256"), authorization);
    assertTrue(authorization.contains("nonce="), authorization);
    HttpResponse<String> login = web.send(HttpRequest.newBuilder(URI.create(authorization)));
    assertEquals(200, login.statusCode(), login.body());
    Matcher form = LOGIN_FORM.matcher(login.body());
    assertTrue(form.find(), login.body());
    Matcher action = ACTION.matcher(form.group());
    assertTrue(action.find(), form.group());
    HttpResponse<String> answer =
        web.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(login))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + enc(username) + "&password=" + enc(password))));
    assertEquals(302, answer.statusCode(), answer.body());
    String callback = location(answer);
    assertTrue(callback.contains("/sso/callback?") && callback.contains("code="), callback);
    return callback;
  }

  /**
   * Keycloak's login cookies, sent back by hand: they are marked Secure, which a browser honours on
   * http://127.0.0.1 but Java's cookie manager does not.
   */
  private static String cookies(HttpResponse<?> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private void assertRefused(HttpResponse<String> answer, String reason, int before, String text)
      throws Exception {
    assertEquals(302, answer.statusCode(), answer.body());
    assertTrue(location(answer).endsWith("login.xhtml?sso=" + reason), location(answer));
    assertEquals(before + 1, refusals(), "one audit line");
    assertTrue(refusalDetail().startsWith(reason), refusalDetail());
    WebClient reader = new WebClient(base);
    String page = reader.get("login.xhtml?sso=" + reason).body();
    assertTrue(page.contains(text), page);
  }

  private static void keycloakSignIn(Browser b, String username, String password) {
    b.type("username", username);
    b.type("password", password);
    b.click("kc-login");
  }

  private int refusals() throws Exception {
    String answer = it("action=refusals");
    return Integer.parseInt(answer.substring(0, answer.indexOf(' ')));
  }

  private String refusalDetail() throws Exception {
    String answer = it("action=refusals");
    return answer.substring(answer.indexOf(' ') + 1);
  }

  private static String location(HttpResponse<?> answer) {
    return answer.headers().firstValue("Location").orElse("");
  }

  private String it(String query) throws Exception {
    HttpResponse<String> answer = new WebClient(base).get("it/sso?" + query);
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
