package dk.tegn.web.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.Keyboard;
import dk.tegn.web.testing.WebClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A trainee takes a timed quiz in a real browser, the browser dies halfway, and on a new browser
 * the trainee finds every answer given so far, finishes and sees the review.
 */
@ExtendWith(ArquillianExtension.class)
class TimedQuizJourneyIT {

  private static final String TRAINEE = "cadet10";

  @ArquillianResource URL base;

  @Test
  void aTraineeWhoseBrowserDiesHalfwayFindsEveryAnswerOnANewBrowserAndFinishes() throws Exception {
    long quizId =
        new QuizApi(base).importQuiz(true, "\"timeLimitSeconds\": 1200, \"attemptsAllowed\": 1");
    String page = "assessments/take/quiz.xhtml?id=" + quizId;

    try (Browser first = new Browser(base)) {
      first.signIn(TRAINEE, QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      first.open(page);
      first.click("attempt:start");
      first.waitFor(By.id("time-left"));
      pick(first, 1, "Debt to the employer");
      waitUntilSaved(first, 1);
      pick(first, 2, "False");
      waitUntilSaved(first, 2);
      List<String> violations = first.seriousAccessibilityViolations();
      assertTrue(violations.isEmpty(), "take page: " + violations);
      // the browser dies here: no submit, no sign-out
    }

    try (Browser second = new Browser(base)) {
      second.signIn(TRAINEE, QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      second.open(page);
      second.waitFor(By.id("time-left"));
      assertTrue(picked(second, 1, "Debt to the employer"), "question 1 answered before");
      assertTrue(picked(second, 2, "False"), "question 2 answered before");
      assertFalse(picked(second, 4, "Threats"), "question 4 not yet answered");
      assertEquals("Answer saved", status(second, 1));
      assertEquals("Not answered yet", status(second, 3));

      WebElement number = section(second, 3).findElement(By.cssSelector("input[type=text]"));
      number.sendKeys("30", Keys.TAB); // leaving the field sends it
      waitUntilSaved(second, 3);
      pick(second, 4, "Passport taken");
      pick(second, 4, "Threats");
      waitUntilSaved(second, 4);

      second.click("attempt:submit");
      second.click("attempt:submit-all"); // from the summary before submitting
      second.click("attempt:confirmYes");
      second.waitFor(By.id("result-heading"));
      String result = second.driver().findElement(By.cssSelector(".result")).getText();
      assertTrue(result.contains("Score: 100 %"), result);
      assertTrue(result.contains("Passed"), result);
      assertTrue(
          result.contains("Debt to the employer"), "the review shows the answers: " + result);
    }
  }

  /**
   * Issue 18, a busy box: the page's start queues with the API's and, refused for now, says it
   * waits for a place (no attempt and so no time yet) and starts by itself; an answer refused for
   * now says "saving…", never "saved", until the page has sent it again by itself and the server
   * stored it.
   */
  @Test
  void onABusyBoxThePageWaitsForAPlaceAndSendsARefusedAnswerAgainUntilItIsStored()
      throws Exception {
    String user = "busy-" + UUID.randomUUID().toString().substring(0, 6);
    WebClient web = new WebClient(base);
    assertEquals(200, web.get("it/courses?action=trainee&username=" + user).statusCode());
    QuizApi api = new QuizApi(base);
    long quizId = api.importQuiz(true, "\"timeLimitSeconds\": 1200, \"attemptsAllowed\": 1");
    try (Browser b = new Browser(base, "en")) {
      b.signIn(user, QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      b.open("assessments/take/quiz.xhtml?id=" + quizId);

      busy(web, "starts");
      try {
        b.click("attempt:start");
        WebElement waiting = b.wait(Duration.ofSeconds(30)).until(d -> visible(d, "start-waiting"));
        assertTrue(waiting.getText().contains("waiting for a place"), waiting.getText());
        // the wait the server gave (the place in line), counted down until the page presses again
        b.wait(Duration.ofSeconds(30))
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("start-retry-in"), "trying again in"));
        assertTrue(b.driver().findElements(By.id("time-left")).isEmpty(), "no time shown");
        JsonObject standing = QuizApi.json(api.send(user, "GET", "api/quizzes/" + quizId, null));
        assertEquals(
            JsonValue.NULL,
            standing.getOrDefault("openAttemptId", JsonValue.NULL),
            "nothing started, so no time runs: " + standing);
        assertTrue(standing.getJsonArray("attempts").isEmpty(), standing.toString());
      } finally {
        busy(web, "release");
      }
      // the page pressed start again by itself: the attempt and its time start now
      b.wait(Duration.ofSeconds(30)).until(d -> visible(d, "time-left"));
      long attempt =
          Long.parseLong(
              b.driver().findElement(By.id("offline-answers")).getAttribute("data-attempt"));

      busy(web, "saves");
      try {
        pick(b, 1, "Debt to the employer");
        b.wait(Duration.ofSeconds(30))
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".slot-status-1"), "Saving…"));
        assertTrue(picked(b, 1, "Debt to the employer"), "the choice stays while it is sent");
        JsonObject before = QuizApi.json(api.attempt(user, attempt));
        assertEquals(
            JsonValue.NULL,
            QuizApi.question(before, 1).getOrDefault("response", JsonValue.NULL),
            "not stored yet: " + before);
        assertFalse(status(b, 1).contains("Answer saved"), "never said saved before it is");
      } finally {
        busy(web, "release");
      }
      waitUntilSaved(b, 1); // sent again by the page after the server's Retry-After
      JsonObject after = QuizApi.json(api.attempt(user, attempt));
      assertEquals(
          List.of(QuizApi.key(after, 1, "Debt to the employer")),
          QuizApi.keysOf(QuizApi.question(after, 1).get("response")));
      assertTrue(b.waitFor(By.id("qmap-1")).getAttribute("class").contains("qmap-answered"));

      // the answer stored on the page's second try is the one a later failed save goes back to
      b.driver().manage().deleteAllCookies();
      pick(b, 1, "A fixed wage");
      WebElement failed = b.waitFor(By.id("save-failed"));
      b.wait(Duration.ofSeconds(30)).until(d -> failed.isDisplayed());
      assertTrue(picked(b, 1, "Debt to the employer"), "the stored choice is shown again");
      assertFalse(picked(b, 1, "A fixed wage"), "the choice not stored is not shown");
    }
  }

  /**
   * Issue 18, a burst of submits: with every turn of the submits' gate taken, the API's submit is
   * refused at once with 503, Retry-After and a JSON message, and changes nothing; the quiz page
   * says it is submitting and waits, and submits by itself once a turn is free, every answer kept.
   */
  @Test
  void aSubmitRefusedAsBusyIsSubmittedAgainByThePageAndByTheApiWithNothingLost() throws Exception {
    String user = "submit-" + UUID.randomUUID().toString().substring(0, 6);
    WebClient web = new WebClient(base);
    assertEquals(200, web.get("it/courses?action=trainee&username=" + user).statusCode());
    QuizApi api = new QuizApi(base);
    long quizId = api.importQuiz(true, "\"timeLimitSeconds\": 1200, \"attemptsAllowed\": 2");

    long byApi = QuizApi.json(api.start(user, quizId)).getJsonNumber("id").longValue();
    busy(web, "submits");
    try {
      HttpResponse<String> refused = api.submit(user, byApi);
      assertEquals(503, refused.statusCode(), refused.body());
      assertEquals("2", refused.headers().firstValue("Retry-After").orElse(null));
      JsonObject problem = QuizApi.json(refused);
      assertEquals("busy", problem.getString("error"), problem.toString());
      assertTrue(problem.getString("message").contains("not been submitted"), problem.toString());
      JsonObject still = QuizApi.json(api.attempt(user, byApi));
      assertEquals("IN_PROGRESS", still.getString("state"), "nothing submitted: " + still);
    } finally {
      busy(web, "release");
    }
    assertEquals(200, api.submit(user, byApi).statusCode(), "the retry is served");

    try (Browser b = new Browser(base, "en")) {
      b.signIn(user, QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      b.open("assessments/take/quiz.xhtml?id=" + quizId);
      b.click("attempt:start");
      b.waitFor(By.id("time-left"));
      pick(b, 1, "Debt to the employer");
      waitUntilSaved(b, 1);
      b.click("attempt:submit");
      b.click("attempt:submit-all");
      busy(web, "submits");
      try {
        b.click("attempt:confirmYes");
        WebElement waiting =
            b.wait(Duration.ofSeconds(30)).until(d -> visible(d, "submit-waiting"));
        assertTrue(waiting.getText().contains("submitting…"), waiting.getText());
        b.wait(Duration.ofSeconds(30))
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("submit-retry-in"), "submit again in"));
        assertTrue(b.driver().findElements(By.id("result-heading")).isEmpty(), "not submitted");
      } finally {
        busy(web, "release");
      }
      // the page pressed submit again by itself: the result, with the answer saved before
      b.wait(Duration.ofSeconds(30)).until(d -> visible(d, "result-heading"));
      String result = b.driver().findElement(By.cssSelector(".result")).getText();
      assertTrue(result.contains("Debt to the employer"), "the answer is kept: " + result);
    }
  }

  private static void busy(WebClient web, String action) throws Exception {
    HttpResponse<String> answer = web.get("it/busy?action=" + action);
    assertEquals(200, answer.statusCode(), answer.body());
  }

  private static WebElement visible(WebDriver driver, String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
  }

  /**
   * Issue 17: a trainee takes a quiz of every question type with the keyboard alone (Tab,
   * Shift-Tab, Enter, Space, the arrows), with the question map, a flag for review that survives a
   * new session, and the summary before submitting, whose links lead back to a question. Every stop
   * of the focus has a name and a focus that is seen, every control of each page is reached, and
   * the focus stays where it was after each saved answer, flag and ordering move. Screenshots under
   * target/screenshots/keyboard-quiz-*.
   */
  @ParameterizedTest(name = "{0}, {1} px wide")
  @CsvSource({"da,1280,cadet19", "en,390,cadet14"})
  void aTraineeTakesAQuizOfEveryQuestionTypeWithTheKeyboardAloneUsingTheMapFlagsAndSummary(
      String language, int width, String cadet) throws Exception {
    boolean danish = language.equals("da");
    QuizApi api = new QuizApi(base);
    long quizId = api.importEveryTypeQuiz();
    try (Browser b = new Browser(base, language)) {
      b.driver().manage().window().setSize(new Dimension(width, 900));
      b.signIn(cadet, QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      b.open("assessments/take/quiz.xhtml?id=" + quizId);
      // the language chosen last is the account's (other journeys switch the demo accounts)
      if (!b.waitFor(By.tagName("html")).getAttribute("lang").equals(language)) {
        b.click("lang:" + language);
        b.waitFor(By.cssSelector("html[lang='" + language + "']"));
      }
      String shots = "keyboard-quiz-" + language;
      Keyboard kb = new Keyboard(b);
      try {
        keyboardJourney(b, kb, api, quizId, cadet, danish, shots);
      } catch (AssertionError | RuntimeException e) {
        // the page as it was, and what the keyboard found wrong until then
        b.screenshot(SHOTS, shots + "-failed");
        Files.writeString(SHOTS.resolve(shots + "-failed.html"), b.driver().getPageSource());
        e.addSuppressed(new AssertionError("keyboard problems so far: " + kb.problems()));
        throw e;
      }
    }
  }

  private void keyboardJourney(
      Browser b, Keyboard kb, QuizApi api, long quizId, String cadet, boolean danish, String shots)
      throws Exception {
    String saved = danish ? "Svaret er gemt" : "Answer saved";
    kb.activate("attempt:start");
    b.waitFor(By.id("qh-1"));
    assertTrue(b.waitFor(By.id("time-left")).isDisplayed(), "a timed quiz shows its time");
    b.screenshot(SHOTS, shots + "-map");
    kb.walkPage("questions 1-4");

    // 1 single choice: the first option with Space
    kb.tabTo("question 1", radioOf(1), false, 60);
    kb.press(Keys.SPACE);
    kb.focusStaysWhile("answer 1", savedIn(1, saved));
    // 2 true/false: the arrow moves to and chooses "false"
    kb.tabTo("question 2", radioOf(2), false, 10);
    kb.press(Keys.ARROW_DOWN);
    kb.focusStaysWhile("answer 2", savedIn(2, saved));
    assertTrue(kb.focused().isSelected(), "the arrow chose the second option");
    // flag 2 for review: Space on its checkbox; only the map is redrawn
    WebElement flag = kb.tabTo("flag 2", in(2, ".flag-toggle input"), false, 5);
    assertTrue(flag.getAccessibleName().contains("2"), flag.getAccessibleName());
    kb.press(Keys.SPACE);
    kb.focusStaysWhile(
        "flag 2",
        d -> d.findElement(By.id("qmap-2")).getAttribute("class").contains("qmap-flagged"));
    // 3 multiple response: two boxes ticked with Space
    kb.tabTo("question 3", in(3, "input[type=checkbox]"), false, 10);
    kb.press(Keys.SPACE);
    kb.focusStaysWhile("answer 3", savedIn(3, saved));
    kb.tabTo("question 3, second box", in(3, "input[type=checkbox]"), false, 3);
    kb.press(Keys.SPACE);
    kb.focusStaysWhile("answer 3 again", savedIn(3, saved));
    // 4 (numeric) is left for later: the summary will count it
    String map = mapName(b, 1);
    assertTrue(map.contains(danish ? "besvaret" : "answered"), map);
    String flagged = mapName(b, 2);
    assertTrue(flagged.contains(danish ? "markeret" : "flagged"), flagged);
    b.screenshot(SHOTS, shots + "-page-1");
    List<String> violations = b.seriousAccessibilityViolations();
    assertTrue(violations.isEmpty(), "questions: " + violations);

    // the flag is stored with the attempt: the API says so, and a new session shows it
    JsonObject open = api.started(cadet, quizId);
    assertTrue(QuizApi.question(open, 2).getBoolean("flagged"), open.toString());
    assertFalse(QuizApi.question(open, 1).getBoolean("flagged"));
    b.driver().manage().deleteAllCookies();
    b.signIn(cadet, QuizApi.PASSWORD).waitFor(By.id("account:logout"));
    b.open("assessments/take/quiz.xhtml?id=" + quizId);
    assertTrue(
        section(b, 2).findElement(By.cssSelector(".flag-toggle input")).isSelected(),
        "flag 2 after a new sign-in");
    assertTrue(b.waitFor(By.id("qmap-2")).getAttribute("class").contains("qmap-flagged"));

    // the next page by the button, then 5 matching with native selects named by their prompts
    kb.activate("attempt:next");
    b.waitFor(By.id("qh-5"));
    kb.walkPage("questions 5-7");
    WebElement first = kb.tabTo("matching", in(5, "select"), false, 60);
    assertEquals(danish ? "Rekruttering" : "Recruitment", first.getAccessibleName());
    kb.press(Keys.ARROW_DOWN);
    kb.focusStaysWhile("match 1", savedIn(5, saved));
    WebElement second = kb.tabTo("matching, second", in(5, "select"), false, 3);
    assertEquals(danish ? "Kontrol" : "Control", second.getAccessibleName());
    kb.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    kb.focusStaysWhile("match 2", savedIn(5, saved));

    // 6 ordering: the first item moved down twice with Enter; the focus follows the item
    String top = section(b, 6).findElement(By.cssSelector(".ordering li")).getAttribute("data-key");
    WebElement down =
        kb.tabTo("ordering", in(6, "li[data-key='" + top + "'] .move-down"), false, 10);
    String downName = down.getAccessibleName();
    assertTrue(downName.contains("“"), "the button names its item: " + downName);
    kb.press(Keys.ENTER);
    b.wait(Duration.ofSeconds(30)).until(d -> positionIn(b, 6, top) == 1);
    b.wait(Duration.ofSeconds(10)).until(d -> downName.equals(kb.focused().getAccessibleName()));
    kb.check("ordering after one move");
    kb.press(Keys.ENTER);
    b.wait(Duration.ofSeconds(30)).until(d -> positionIn(b, 6, top) == 2);
    // now last: "down" is disabled, so the focus is on the same item's "up"
    b.wait(Duration.ofSeconds(10))
        .until(
            d ->
                kb.focused().getAttribute("class").contains("move-up")
                    && top.equals(
                        kb.focused()
                            .findElement(By.xpath("./ancestor::li"))
                            .getAttribute("data-key")));
    kb.check("ordering after the second move");
    assertTrue(status(b, 6).contains(saved), status(b, 6));
    // 7 a case of two parts: the arrow for true/false, Space for the first choice
    kb.tabTo("case, part 1", radioOf(7), false, 10);
    kb.press(Keys.ARROW_DOWN);
    kb.focusStaysWhile("case, part 1", savedIn(7, saved));
    kb.tabTo("case, part 2", radioOf(7), false, 3);
    kb.press(Keys.SPACE);
    kb.focusStaysWhile("case, part 2", savedIn(7, saved));
    b.screenshot(SHOTS, shots + "-page-2");

    // the summary: one question unanswered, counted, and a link back to it
    kb.activate("attempt:submit");
    b.waitFor(By.id("summary-heading"));
    assertTrue(b.waitFor(By.id("time-left")).isDisplayed(), "the timer stays on the summary");
    String count = b.waitFor(By.id("summary-count")).getText();
    assertTrue(count.startsWith(danish ? "1 af 7" : "1 of 7"), count);
    assertTrue(count.contains("4"), count);
    assertTrue(
        b.driver()
            .findElement(By.id("summary-2"))
            .getText()
            .contains(danish ? "Markeret" : "Flagged"));
    assertFalse(
        b.driver()
            .findElement(By.id("summary-1"))
            .getText()
            .contains(danish ? "Markeret" : "Flagged"));
    kb.walkPage("summary");
    b.screenshot(SHOTS, shots + "-summary-unanswered");
    violations = b.seriousAccessibilityViolations();
    assertTrue(violations.isEmpty(), "summary: " + violations);
    kb.tabTo(
        "the summary's link to question 4",
        e ->
            String.valueOf(e.getAttribute("href")).endsWith("#qh-4")
                && e.findElements(By.xpath("./ancestor::tr[@id='summary-4']")).size() == 1,
        false,
        40);
    kb.press(Keys.ENTER);
    WebElement number =
        b.waitFor(By.cssSelector("section[aria-labelledby='qh-4'] input[type=text]"));
    kb.tabTo("the number of question 4", e -> e.equals(number), false, 60);
    kb.press("30", Keys.TAB); // leaving the field sends it
    kb.focusStaysWhile("answer 4", savedIn(4, saved));

    // every question answered: submit from the summary, confirmed in the dialog
    kb.activate("attempt:submit");
    b.waitFor(By.id("summary-heading"));
    assertEquals(
        danish ? "Du har besvaret alle 7 spørgsmål." : "You have answered all 7 questions.",
        b.waitFor(By.id("summary-count")).getText());
    b.screenshot(SHOTS, shots + "-summary");
    kb.activate("attempt:submit-all");
    b.wait(Duration.ofSeconds(10)).until(d -> "attempt:confirmNo".equals(kb.focusedId()));
    kb.check("the submit dialog");
    b.screenshot(SHOTS, shots + "-confirm");
    kb.tabTo("attempt:confirmYes", e -> "attempt:confirmYes".equals(e.getAttribute("id")), true, 4);
    kb.press(Keys.ENTER);
    b.waitFor(By.id("result-heading"));
    b.screenshot(SHOTS, shots + "-result");
    assertEquals(List.of(), kb.problems());
  }

  private static final Path SHOTS = Path.of("target", "screenshots");

  /** The focused element is one of {@code css} in the section of question {@code slot}. */
  private static Predicate<WebElement> in(int slot, String css) {
    return e ->
        (Boolean)
            ((JavascriptExecutor) ((WrapsDriver) e).getWrappedDriver())
                .executeScript(
                    "return arguments[0].matches(arguments[2]) && !!arguments[0].closest("
                        + "\"section[aria-labelledby='qh-\" + arguments[1] + \"']\");",
                    e,
                    slot,
                    css);
  }

  /** What a screen reader says of question {@code slot} in the map (read again if redrawn). */
  private static String mapName(Browser b, int slot) {
    return b.wait(Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("qmap-" + slot)).getAccessibleName());
  }

  private static Predicate<WebElement> radioOf(int slot) {
    return in(slot, "input[type=radio]");
  }

  private static Predicate<WebDriver> savedIn(int slot, String saved) {
    return d -> d.findElement(By.cssSelector(".slot-status-" + slot)).getText().contains(saved);
  }

  private static int positionIn(Browser b, int slot, String key) {
    List<String> keys =
        section(b, slot).findElements(By.cssSelector(".ordering li")).stream()
            .map(li -> li.getAttribute("data-key"))
            .toList();
    return keys.indexOf(key);
  }

  private static WebElement section(Browser browser, int slot) {
    return browser.waitFor(By.cssSelector("section[aria-labelledby='qh-" + slot + "']"));
  }

  private static WebElement label(Browser browser, int slot, String text) {
    return section(browser, slot)
        .findElement(By.xpath(".//label[normalize-space()='" + text + "']"));
  }

  private static void pick(Browser browser, int slot, String text) {
    label(browser, slot, text).click();
  }

  private static boolean picked(Browser browser, int slot, String text) {
    String input = label(browser, slot, text).getAttribute("for");
    return browser.driver().findElement(By.id(input)).isSelected();
  }

  private static String status(Browser browser, int slot) {
    return browser.waitFor(By.cssSelector(".slot-status-" + slot)).getText().trim();
  }

  private static void waitUntilSaved(Browser browser, int slot) {
    try {
      browser
          .wait(Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".slot-status-" + slot), "Answer saved"));
    } catch (RuntimeException e) {
      try {
        java.nio.file.Files.writeString(
            java.nio.file.Path.of("target/timed-quiz-page.html"), browser.driver().getPageSource());
      } catch (java.io.IOException io) {
        throw new IllegalStateException(io);
      }
      throw e;
    }
  }
}
