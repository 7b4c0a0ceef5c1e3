package dk.tegn.web.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.LearnerReport;
import dk.tegn.web.testing.SharedBrowser;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Tegn as an LTI 1.3 tool against a real platform ({@link TestPlatform}) in headless Chromium: the
 * admin registers the platform; a teacher picks the police course and its final quiz through Deep
 * Linking; the platform launches cadet42 into the quiz, the cadet takes it and the platform's grade
 * book receives the score (token by signed client assertion, score by AGS); a launch into the
 * course opens the player. Forged, replayed, expired, mis-addressed and unknown-deployment launches
 * get a 4xx page in the person's language and an audit line, and so does a launch posted from a
 * browser that did not start its login (the state is bound to a cookie).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LtiJourneyIT {

  private static final String CADET = "cadet42-at-platform";

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("en");

  /** A failed step leaves the page it was on in target/lti-failed-*.html. */
  @RegisterExtension
  static final TestWatcher ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (current == null) {
            return;
          }
          try {
            java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "lti-failed-" + context.getDisplayName() + ".html"),
                current.driver().getCurrentUrl()
                    + "\n"
                    + current.driver().getPageSource()
                    + "\n"
                    + platform.refusedAtPlatform);
          } catch (java.io.IOException | RuntimeException e) {
            cause.addSuppressed(e);
          }
        }
      };

  private static Browser current;

  private Browser browser() {
    current = BROWSER.at(base);
    return current;
  }

  private static TestPlatform platform;
  private static Map<String, Object> courseLink;
  private static Map<String, Object> quizLink;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @AfterAll
  static void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  @Order(1)
  void anAdminRegistersThePlatformAndSeesTegnsToolAddresses() throws Exception {
    platform = new TestPlatform(base.toString());
    String body =
        "{\"name\":\"Test Moodle\",\"issuer\":\""
            + platform.issuer()
            + "\",\"clientId\":\""
            + TestPlatform.CLIENT_ID
            + "\",\"deploymentIds\":\""
            + TestPlatform.DEPLOYMENT
            + "\",\"jwksUrl\":\""
            + platform.url("/jwks")
            + "\",\"authLoginUrl\":\""
            + platform.url("/auth")
            + "\",\"tokenUrl\":\""
            + platform.url("/token")
            + "\",\"organisationId\":"
            + policeSchool()
            + "}";
    HttpResponse<String> created = admin("api/admin/lti/platforms", "POST", body);
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> again = admin("api/admin/lti/platforms", "POST", body);
    assertEquals(409, again.statusCode(), "the same issuer and client id twice: " + again.body());
    HttpResponse<String> tool = admin("api/admin/lti/tool", "GET", null);
    assertEquals(200, tool.statusCode(), tool.body());
    assertTrue(tool.body().contains("\"launchUrl\":\"" + base + "lti/launch\""), tool.body());
    assertTrue(tool.body().contains("\"kty\":\"RSA\""), "Tegn's public key: " + tool.body());
    assertTrue(!tool.body().contains("\"d\":"), "no private key part in the JWKS");

    Browser b = browser();
    b.signIn("admin", "tegn-demo");
    b.open("admin/lti.xhtml");
    assertEquals(base + "lti/launch", b.waitFor(By.id("tool-launch")).getText());
    assertEquals(base + "lti/login", b.waitFor(By.id("tool-login")).getText());
    assertTrue(b.waitFor(By.id("list:platforms")).getText().contains("Test Moodle"));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "LTI admin page");
  }

  @Test
  @Order(2)
  void aTeacherPicksThePoliceCourseAndItsFinalQuizThroughDeepLinking() throws Exception {
    courseLink = deepLink("course");
    assertEquals("ltiResourceLink", courseLink.get("type"));
    assertEquals(base + "lti/launch", courseLink.get("url"));
    assertTrue(((Map<?, ?>) courseLink.get("custom")).containsKey("tegn_course"), "" + courseLink);
    quizLink = deepLink("quiz");
    assertTrue(((Map<?, ?>) quizLink.get("custom")).containsKey("tegn_quiz"), "" + quizLink);
    assertEquals(
        100, ((Number) ((Map<?, ?>) quizLink.get("lineItem")).get("scoreMaximum")).intValue());
  }

  /** The teacher's deep linking launch, the pick in Tegn's picker, the signed answer back. */
  private Map<String, Object> deepLink(String kind) throws Exception {
    Browser b = browser();
    int before = platform.deepLinkItems.size();
    b.driver()
        .get(platform.initiationUrl(platform.plan(TestPlatform.Plan.deepLinking("teacher-7"))));
    b.waitFor(By.id("pick-submit"));
    assertEquals("/lti/deep-link.xhtml", b.path());
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "deep linking picker");
    String police = "//div[contains(@class,'lti-course')][label[contains(.,'police')]]";
    WebElement choice =
        b.driver()
            .findElement(
                By.xpath(
                    kind.equals("course")
                        ? police + "/input[starts-with(@value,'course:')]"
                        : police + "//input[starts-with(@value,'quiz:')]"));
    choice.click();
    b.driver().findElement(By.id("pick-submit")).click();
    b.waitFor(By.id("linked"));
    assertEquals(before + 1, platform.deepLinkItems.size(), "" + platform.refusedAtPlatform);
    return platform.deepLinkItems.get(before);
  }

  @Test
  @Order(3)
  void thePlatformLaunchesACadetIntoTheQuizAndItsGradeBookReceivesTheScore() throws Exception {
    Browser b = browser();
    String hint =
        platform.plan(
            TestPlatform.Plan.launch(
                CADET, "link-quiz", custom(quizLink), "/lineitems/quiz/lineitem"));
    b.driver().get(platform.initiationUrl(hint));
    WebElement start = b.waitFor(By.id("attempt:start"));
    assertEquals("/assessments/take/quiz.xhtml", b.path());
    b.clickAndLeave(start);
    b.waitFor(By.cssSelector(".question-heading"));
    b.click("attempt:submit");
    b.click("attempt:submit-all"); // from the summary before submitting
    b.click("attempt:confirmYes");
    String result = b.waitFor(By.id("result-heading")).getText();
    assertTrue(!result.isBlank());

    // the score outbox runs every 15 seconds: the grade book has it within a minute
    awaitScores(1);
    assertEquals(1, platform.gradeBook.size(), "scores: " + platform.refusedAtPlatform);
    TestPlatform.ReceivedScore score = platform.gradeBook.get(0);
    assertEquals("/lineitems/quiz/lineitem", score.lineitemPath());
    assertEquals(CADET, score.body().get("userId"));
    assertEquals(100.0, ((Number) score.body().get("scoreMaximum")).doubleValue());
    double given = ((Number) score.body().get("scoreGiven")).doubleValue();
    assertTrue(given >= 0 && given <= 100, "score " + given);
    assertEquals("Completed", score.body().get("activityProgress"));
    assertEquals("FullyGraded", score.body().get("gradingProgress"));
    assertTrue(score.body().get("timestamp") != null);
    assertTrue(audit("lti.account.create", "ALLOWED", null) >= 1, "the account was made");
  }

  @Test
  @Order(5)
  void aLaunchIntoTheCourseSignsTheSameCadetInAndOpensThePoliceCourse() throws Exception {
    Browser b = browser();
    String hint =
        platform.plan(
            TestPlatform.Plan.launch(
                CADET, "link-course", custom(courseLink), "/lineitems/course/lineitem"));
    b.driver().get(platform.initiationUrl(hint));
    b.waitFor(By.id("item-title"));
    assertEquals("/courses/learn/player.xhtml", b.path());
    assertTrue(b.heading().toLowerCase().contains("police"), b.heading());
    assertEquals(1, count("select count(*) from lti_user where subject = '" + CADET + "'"));
    assertEquals(List.of(), platform.refusedAtPlatform);
  }

  @Test
  @Order(6)
  void forgedReplayedExpiredMisaddressedAndUnknownDeploymentLaunchesAreRefusedAndAudited()
      throws Exception {
    TestPlatform.Plan good =
        TestPlatform.Plan.launch("replayer-9", "link-quiz", custom(quizLink), null);

    String[] first = startLogin(good);
    String token = platform.idToken(good, first[1]);
    HttpResponse<String> ok = launch(token, first);
    assertEquals(303, ok.statusCode(), ok.body());

    assertRefused(launch(token, first), "replayed", 403);
    String[] fresh = startLogin(good);
    assertRefused(launch(token, fresh), "replayed", 403);

    String[] s1 = startLogin(good);
    assertRefused(launch(platform.idToken(good.forgedToken(), s1[1]), s1), "signature", 403);
    String[] s2 = startLogin(good);
    assertRefused(
        launch(platform.idToken(good.withAudience("another-tool"), s2[1]), s2), "audience", 403);
    String[] s3 = startLogin(good);
    assertRefused(launch(platform.idToken(good.expiredToken(), s3[1]), s3), "expired", 403);
    String[] s4 = startLogin(good);
    assertRefused(
        launch(platform.idToken(good.withDeployment("dep-unknown"), s4[1]), s4), "deployment", 403);
    assertRefused(launch("not-a-jwt", "no-such-state"), "state", 403);
    assertRefused(launch(null, (String) null), "malformed", 400);

    // a Danish browser reads the refusal in Danish
    HttpResponse<String> danish =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "da")
                .POST(HttpRequest.BodyPublishers.ofString("id_token=x&state=unknown"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, danish.statusCode());
    assertTrue(danish.body().contains("Tegn kunne ikke åbne dette link"), danish.body());

    for (String reason :
        List.of("replayed", "signature", "audience", "expired", "deployment", "state")) {
      assertTrue(audit("lti.launch", "REFUSED", reason) >= 1, "audit line for " + reason);
    }
  }

  @Test
  @Order(7)
  void aLaunchPostedFromABrowserThatDidNotStartItsLoginIsRefusedAndBurnsTheState()
      throws Exception {
    TestPlatform.Plan plan =
        TestPlatform.Plan.launch("csrf-victim-3", "link-quiz", custom(quizLink), null);
    // login CSRF: the attacker starts a login in their own browser and has the victim's browser
    // post the attacker's genuine, signed launch; the victim's browser carries no state cookie
    String[] attackers = startLogin(plan);
    String token = platform.idToken(plan, attackers[1]);
    int before = audit("lti.launch", "REFUSED", "browser");
    assertRefused(launch(token, attackers[0]), "browser", 403);
    assertEquals(before + 1, audit("lti.launch", "REFUSED", "browser"), "one audit line");
    // another login's cookie is not this state's
    String[] other = startLogin(plan);
    String[] mine = startLogin(plan);
    assertRefused(launch(platform.idToken(plan, mine[1]), mine[0], other[2]), "browser", 403);
    // the refusal burnt the state: even the right browser cannot use it afterwards
    assertRefused(launch(platform.idToken(plan, mine[1]), mine), "replayed", 403);
    // and the browser that did start its login is let in, told to forget the cookie
    HttpResponse<String> ok = launch(platform.idToken(plan, other[1]), other);
    assertEquals(303, ok.statusCode(), ok.body());
    assertTrue(
        ok.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("tegn_lti_" + other[0] + "=;") && c.contains("Max-Age=0")),
        "" + ok.headers());
  }

  private static Map<String, Object> custom(Map<String, Object> item) {
    @SuppressWarnings("unchecked")
    Map<String, Object> custom = (Map<String, Object>) item.get("custom");
    return custom;
  }

  /** Tegn's login initiation from the platform; returns the state and nonce Tegn sent. */
  private String[] startLogin(TestPlatform.Plan plan) throws Exception {
    String hint = platform.plan(plan);
    HttpResponse<String> redirect =
        http.send(
            HttpRequest.newBuilder(URI.create(platform.toolLoginUrl(hint))).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, redirect.statusCode(), redirect.body());
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith(platform.url("/auth?")), location);
    Map<String, String> q = TestPlatform.queryOf(location);
    String cookie =
        redirect.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("tegn_lti_" + q.get("state") + "="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElse("");
    assertTrue(cookie.endsWith("=1"), "the state is bound to this browser: " + redirect.headers());
    return new String[] {q.get("state"), q.get("nonce"), cookie};
  }

  /**
   * Issue 17: a coordinator's grade override reaches the platform's grade book as a new score (AGS
   * keeps the newest per line item and user): the cadet's one attempt overridden to 37 % makes the
   * quiz grade 37. Right after the graded launch: the refusal tests later launch the same link
   * without a grade service, which leaves it without a line item.
   */
  @Test
  @Order(4)
  void aCoordinatorsOverrideOfTheCadetsGradeReachesThePlatformsGradeBook() throws Exception {
    int before = platform.gradeBook.size();
    long cadet = count("select account_id from lti_user where subject = '" + CADET + "'");
    Browser b = browser();
    b.signIn("coordinator", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.open("coordination/learner.xhtml?id=" + cadet);
    LearnerReport.overrideGrade(b, LearnerReport.FIRST_ATTEMPT, 37, "Marked again by hand");
    b.signOut();

    awaitScores(before + 1);
    assertEquals(before + 1, platform.gradeBook.size(), "scores: " + platform.refusedAtPlatform);
    TestPlatform.ReceivedScore score = platform.gradeBook.get(before);
    assertEquals("/lineitems/quiz/lineitem", score.lineitemPath());
    assertEquals(CADET, score.body().get("userId"));
    assertEquals(37.0, ((Number) score.body().get("scoreGiven")).doubleValue());
    assertEquals("FullyGraded", score.body().get("gradingProgress"));
  }

  /** Waits up to 90 s for the platform's grade book to hold {@code count} scores (sent async). */
  private void awaitScores(int count) throws InterruptedException {
    long until = System.currentTimeMillis() + 90_000;
    while (platform.gradeBook.size() < count && System.currentTimeMillis() < until) {
      Thread.sleep(1000);
    }
  }

  /** A launch from the browser that started {@code login} (its state cookie is sent). */
  private HttpResponse<String> launch(String idToken, String[] login) throws Exception {
    return launch(idToken, login[0], login[2]);
  }

  private HttpResponse<String> launch(String idToken, String state) throws Exception {
    return launch(idToken, state, null);
  }

  private HttpResponse<String> launch(String idToken, String state, String cookie)
      throws Exception {
    String form =
        (idToken == null ? "" : "id_token=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8))
            + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "en")
            .header("Origin", platform.issuer())
            .header("Sec-Fetch-Site", "cross-site");
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(
        request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertRefused(HttpResponse<String> response, String reason, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains("data-reason=\"" + reason + "\""), response.body());
    assertTrue(response.body().contains("Tegn could not open this link"), response.body());
  }

  private HttpResponse<String> admin(String path, String method, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("admin:tegn-demo".getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long policeSchool() throws Exception {
    return count("select id from plt_organisation where code = 'police-school'");
  }

  private static int audit(String action, String outcome, String detail) throws Exception {
    try (Connection c = database();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from plt_audit where action = ? and outcome = ?"
                    + (detail == null ? "" : " and detail = ?"))) {
      s.setString(1, action);
      s.setString(2, outcome);
      if (detail != null) {
        s.setString(3, detail);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static long count(String sql) throws Exception {
    try (Connection c = database();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("tegn.db.url"),
        System.getProperty("tegn.db.user"),
        System.getProperty("tegn.db.password"));
  }
}
