package dk.tegn.web.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.assessments.QuizApi;
import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.NetworkCut;
import dk.tegn.web.testing.WebClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17, learning on a poor connection: a trainee on a phone-sized window reads a lesson, makes
 * the course available offline (which records no progress), loses the network (the browser's
 * connection is really cut, service worker included: {@link NetworkCut}) and reads that lesson
 * again and one never opened, with its picture; reads the latter online (now recorded) and removes
 * the copy; answers a quiz with no network and finds every answer on the server, once, when the
 * network is back; and starts a referral (in Danish) that survives the cut on the device,
 * encrypted, and is not sent. Screenshots under {@code target/screenshots/offline/}.
 */
@ExtendWith(ArquillianExtension.class)
class OfflineJourneyIT {

  private static final Path SHOTS = Path.of("target", "screenshots", "offline");
  private static final String PASSWORD = "tegn-demo";
  private static final String KEPT = "Saved on this device";

  @ArquillianResource URL base;

  @Test
  void aLessonOpensOfflineAndAnswersAndTheReferralDraftSurviveTheCutAndNothingIsLost()
      throws Exception {
    long started = System.nanoTime();
    String user = "offline-" + UUID.randomUUID().toString().substring(0, 6);
    WebClient web = new WebClient(base);
    long course =
        Long.parseLong(web.get("it/courses?action=trainee&username=" + user).body().trim());
    QuizApi api = new QuizApi(base);
    long quizId = api.importQuiz(true, "\"questionsPerPage\": 4, \"shuffleChoices\": false");
    installable(web);

    try (NetworkCut net = new NetworkCut(base);
        Browser b = new Browser(net.base(), "en")) {
      b.driver().manage().window().setSize(new Dimension(390, 844));
      try {
        journey(b, net, api, user, course, quizId);
      } catch (AssertionError | RuntimeException failed) {
        // the last page (picture and source) beside the screenshots
        b.screenshot(SHOTS, "failed");
        java.nio.file.Files.writeString(SHOTS.resolve("failed.html"), b.driver().getPageSource());
        throw failed;
      }
    }
    System.out.printf(
        "OfflineJourneyIT: %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  private void journey(
      Browser b, NetworkCut net, QuizApi api, String user, long course, long quizId)
      throws Exception {
    b.signIn(user, PASSWORD).waitFor(By.id("account:logout"));

    // 1. a lesson read once opens with no network; a page never read does not
    b.open("courses/learn/player.xhtml?course=" + course);
    assertEquals("Lektion", b.waitFor(By.id("item-title")).getText());
    String lesson = b.driver().getCurrentUrl();
    b.wait(Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    async(
                        b,
                        "caches.open('tegn-lessons-v1')"
                            + ".then(c => c.match(location.href, {ignoreVary: true}))"
                            + ".then(r => done(!!r))")));
    // "Make this course available offline": every lesson it may open now, read by nobody yet
    String second = outlineLink(b, "Anden lektion");
    long first = itemKey(outlineLink(b, "Lektion"));
    long secondKey = itemKey(second);
    b.click("offline-course-keep");
    b.waitForText("offline-course-status", "Available offline (2 lessons)");
    assertTrue(b.waitFor(By.id("offline-course-remove")).isDisplayed());
    b.screenshot(SHOTS, "course-kept");
    assertEquals(List.of(first), progressRows(user), "fetching ahead records nothing");
    assertEquals(first, lastItem(user), "nor moves the place the trainee resumes at");
    net.cut();
    try {
      b.driver().get(net.base() + "courses/learn/my-courses.xhtml");
    } catch (org.openqa.selenium.WebDriverException unreachable) {
      // ChromeDriver may report the browser's error page as net::ERR_CONNECTION_RESET
    }
    assertTrue(
        b.driver().findElements(By.id("account:logout")).isEmpty(),
        "the network is cut for the service worker's fetches too");
    b.driver().get(lesson);
    assertEquals("Lektion", b.waitFor(By.id("item-title")).getText());
    assertTrue(b.textOf(By.cssSelector(".lesson-body")).contains("Tekst"));
    String header =
        b.driver().findElement(By.cssSelector(".site-header")).getCssValue("background-color");
    assertTrue(header.contains("11, 83, 148"), "the app shell (tegn.css) is cached: " + header);
    b.screenshot(SHOTS, "lesson-offline");
    // the course made available offline: a lesson never opened shows, with its picture
    b.driver().get(second);
    assertEquals("Anden lektion", b.waitFor(By.id("item-title")).getText());
    assertTrue(b.textOf(By.cssSelector(".lesson-body")).contains("Tekst uden net"));
    b.wait(Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var i = document.querySelector('.lesson-body img');"
                                + " return !!i && i.complete && i.naturalWidth > 0;")));
    b.waitForText("offline-course-status", "Available offline (2 lessons)");
    b.screenshot(SHOTS, "unread-lesson-offline");
    assertEquals(List.of(first), progressRows(user), "read offline: not recorded yet");
    net.restore();

    // read online, it is recorded as every lesson opened is; the copy can be removed again
    b.driver().get(second);
    b.waitFor(By.id("item-title"));
    assertEquals(
        java.util.stream.Stream.of(first, secondKey).sorted().toList(), progressRows(user));
    b.driver().get(lesson);
    b.click("offline-course-remove");
    b.waitForText("offline-course-status", "has been removed");
    assertTrue(b.waitFor(By.id("offline-course-keep")).isDisplayed());
    assertEquals(
        Boolean.FALSE,
        async(
            b,
            "caches.open('tegn-lessons-v1').then(c => c.match('"
                + second
                + "', {ignoreVary: true})).then(r => done(!!r))"),
        "the lesson kept ahead is gone from the device");

    // 2. answers given offline are kept on the device and sent once the network is back
    b.open("assessments/take/quiz.xhtml?id=" + quizId);
    b.click("attempt:start");
    pick(b, 1, "A fixed wage");
    waitForStatus(b, 1, "Answer saved");
    long attempt =
        Long.parseLong(
            b.driver().findElement(By.id("offline-answers")).getAttribute("data-attempt"));
    net.cut();
    pick(b, 1, "Debt to the employer"); // offline, and newer than what the server has
    pick(b, 2, "False");
    waitForStatus(b, 1, KEPT);
    waitForStatus(b, 2, KEPT);
    assertTrue(picked(b, 1, "Debt to the employer"), "the choice stays as given");
    assertEquals(
        2L, ((Number) async(b, "TegnOfflineAnswers.kept().then(k => done(k.length))")).longValue());
    JsonObject before = QuizApi.json(api.send(user, "GET", "api/attempts/" + attempt, null));
    assertEquals(json(keys(before, 1, "A fixed wage")), response(before, 1), "not yet sent");
    assertEquals(JsonValue.NULL, response(before, 2));
    // submitting with no network does not submit, and says why
    ((JavascriptExecutor) b.driver()).executeScript("PF('submitDialog').show()");
    b.click("attempt:confirmYes");
    b.waitForText("offline-answers", "has not been submitted");
    b.screenshot(SHOTS, "quiz-offline");

    net.restore();
    b.waitForText("offline-answers", "have been sent and saved");
    waitForStatus(b, 1, "Answer saved");
    waitForStatus(b, 2, "Answer saved");
    assertEquals(
        0L, ((Number) async(b, "TegnOfflineAnswers.kept().then(k => done(k.length))")).longValue());
    JsonObject after = QuizApi.json(api.send(user, "GET", "api/attempts/" + attempt, null));
    assertEquals(json(keys(after, 1, "Debt to the employer")), response(after, 1));
    assertEquals(json(QuizApi.keys("false")), response(after, 2));
    assertEquals(2, answerRows(attempt), "each answer stored once");
    // an answer older than the stored one, arriving late, changes nothing
    HttpResponse<String> late =
        api.send(
            user,
            "PUT",
            "api/attempts/" + attempt + "/answers/1?sequence=1",
            keys(after, 1, "A fixed wage"));
    assertEquals(200, late.statusCode(), late.body());
    JsonObject still = QuizApi.json(api.send(user, "GET", "api/attempts/" + attempt, null));
    assertEquals(json(keys(after, 1, "Debt to the employer")), response(still, 1));
    // the dialog is still open: now the submit goes through
    b.click("attempt:confirmYes");
    String result = b.waitFor(By.cssSelector(".result")).getText();
    assertTrue(result.contains("Score: 50 %"), result);

    // 3. the referral draft, in Danish: kept on the device, encrypted, when the network is lost,
    // and never sent without the person
    b.click("lang:da");
    b.wait(Duration.ofSeconds(30))
        .until(d -> "da".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    b.open("refer/new.xhtml");
    b.click("refer:dangerNo");
    new Select(b.waitFor(By.id("refer:region"))).selectByValue("HOVEDSTADEN");
    net.cut();
    b.click("refer:personNext");
    b.waitForText("draft-notice", "ingen forbindelse");
    assertTrue(b.driver().findElements(By.id("refer:metOn")).size() == 1, "still the same step");
    String stored =
        (String)
            async(
                b,
                "TegnReferralDraft.stored().then(r => done(r ? r.data.byteLength + ':'"
                    + " + new TextDecoder('latin1').decode(r.data) : null))");
    assertNotNull(stored, "a draft is kept");
    assertFalse(stored.contains("HOVEDSTADEN"), "only as ciphertext");
    assertTrue(
        String.valueOf(async(b, "TegnReferralDraft.read().then(d => done(JSON.stringify(d)))"))
            .contains("HOVEDSTADEN"));
    b.screenshot(SHOTS, "referral-offline");
    net.restore();

    b.open("refer/new.xhtml");
    if (!b.driver().findElements(By.id("refer:dangerNo")).isEmpty()) {
      b.click("refer:dangerNo");
    }
    b.waitForText("draft-notice", "Intet er sendt");
    assertEquals(0, referrals(user), "nothing is sent without the person");
    new Select(b.waitFor(By.id("refer:region"))).selectByIndex(0);
    b.click("draft-restore");
    b.wait(Duration.ofSeconds(10))
        .until(
            d ->
                "HOVEDSTADEN"
                    .equals(
                        new Select(d.findElement(By.id("refer:region")))
                            .getFirstSelectedOption()
                            .getAttribute("value")));
    b.click("draft-forget");
    b.waitForText("draft-notice", "slettet");
    assertNull(async(b, "TegnReferralDraft.stored().then(r => done(r || null))"));
    assertEquals(0, referrals(user));

    // signing out deletes the copies on the device
    b.signOut();
    b.wait(Duration.ofSeconds(10))
        .until(
            d ->
                Long.valueOf(0)
                    .equals(
                        async(
                            b,
                            "caches.keys().then(k => done(k.filter(n => n.startsWith('tegn-')).length))")));
  }

  /** The manifest in both languages and the service worker at the root, never cached. */
  private static void installable(WebClient web) throws Exception {
    for (String[] lang : new String[][] {{"da", "kend tegnene"}, {"en", "know the signs"}}) {
      HttpResponse<String> manifest = web.get("manifest.webmanifest?lang=" + lang[0]);
      assertEquals(200, manifest.statusCode());
      assertTrue(
          manifest
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/manifest+json"));
      assertTrue(manifest.body().contains("\"lang\":\"" + lang[0] + "\""), manifest.body());
      assertTrue(manifest.body().contains(lang[1]), manifest.body());
      assertTrue(manifest.body().contains("icon-512.png"), manifest.body());
    }
    HttpResponse<String> worker = web.get("sw.js");
    assertEquals(200, worker.statusCode());
    assertTrue(worker.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    assertEquals("no-store", worker.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(200, web.get("icons/icon-192.png").statusCode());
  }

  private static Object async(Browser b, String script) {
    return ((JavascriptExecutor) b.driver())
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + " Promise.resolve().then(() => "
                + script
                + ").catch(e => done('failed: ' + e));");
  }

  private static WebElement section(Browser b, int slot) {
    return b.waitFor(By.cssSelector("section[data-slot='" + slot + "']"));
  }

  private static WebElement label(Browser b, int slot, String text) {
    return section(b, slot).findElement(By.xpath(".//label[normalize-space()='" + text + "']"));
  }

  private static void pick(Browser b, int slot, String text) {
    label(b, slot, text).click();
  }

  private static boolean picked(Browser b, int slot, String text) {
    return b.driver().findElement(By.id(label(b, slot, text).getAttribute("for"))).isSelected();
  }

  private static void waitForStatus(Browser b, int slot, String text) {
    b.wait(Duration.ofSeconds(30))
        .until(d -> b.textOf(By.cssSelector(".slot-status-" + slot)).contains(text));
  }

  private static JsonValue response(JsonObject attempt, int slot) {
    JsonValue r = attempt.getJsonArray("questions").getJsonObject(slot - 1).get("response");
    return r == null ? JsonValue.NULL : r;
  }

  private static JsonObject json(String text) {
    return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
  }

  private static String keys(JsonObject attempt, int slot, String option) {
    return QuizApi.keys(QuizApi.key(attempt, slot, option));
  }

  private static String outlineLink(Browser b, String title) {
    return b.waitFor(
            By.xpath("//nav[contains(@class,'outline')]//a[normalize-space()='" + title + "']"))
        .getAttribute("href");
  }

  private static long itemKey(String playerAddress) {
    Matcher item = Pattern.compile("[?&]item=(\\d+)").matcher(playerAddress);
    assertTrue(item.find(), playerAddress);
    return Long.parseLong(item.group(1));
  }

  /** The items whose progress the trainee's enrolment records (opened, done), in key order. */
  private static List<Long> progressRows(String user) throws Exception {
    return longs(
        "SELECT p.item_key FROM crs_item_progress p JOIN crs_enrolment e ON e.id = p.enrolment_id"
            + " JOIN plt_account a ON a.id = e.account_id WHERE a.username = ? ORDER BY p.item_key",
        user);
  }

  private static long lastItem(String user) throws Exception {
    return longs(
            "SELECT e.last_item_key FROM crs_enrolment e JOIN plt_account a ON a.id = e.account_id"
                + " WHERE a.username = ?",
            user)
        .get(0);
  }

  private static int answerRows(long attempt) throws Exception {
    return count("SELECT COUNT(*) FROM asm_answer WHERE attempt_id = ?", attempt);
  }

  private static int referrals(String user) throws Exception {
    return count(
        "SELECT COUNT(*) FROM itk_referral r JOIN plt_account a ON a.id = r.referrer_account_id"
            + " WHERE a.username = ?",
        user);
  }

  private static int count(String sql, Object parameter) throws Exception {
    return longs(sql, parameter).get(0).intValue();
  }

  private static List<Long> longs(String sql, Object parameter) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("tegn.db.url"),
                System.getProperty("tegn.db.user"),
                System.getProperty("tegn.db.password"));
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      List<Long> values = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getLong(1));
        }
      }
      return values;
    }
  }
}
