package dk.tegn.web.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.Deployments;
import dk.tegn.web.testing.SharedBrowser;
import dk.tegn.web.testing.WebClient;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The daily experience of issue 17, on the demo data, in Danish on a desktop and in English on a
 * 390-pixel phone screen: each journey keeps its screenshots under {@code
 * target/screenshots/daily-experience/}.
 */
@ExtendWith(ArquillianExtension.class)
class DailyExperienceJourneyIT {

  private static final Path SHOTS = Path.of("target", "screenshots", "daily-experience");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tegn();
  }

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("da");

  private static Browser current;

  /** A failed journey leaves its last page (picture and source) beside the screenshots. */
  @RegisterExtension
  static final TestWatcher ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (current == null) {
            return;
          }
          String name = "failed-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-");
          try {
            shot(current, name);
            Files.writeString(SHOTS.resolve(name + ".html"), current.driver().getPageSource());
          } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
          }
        }
      };

  @ParameterizedTest(name = "{0}, {1} px wide")
  @CsvSource({"da,1280,cadet05", "en,390,cadet06"})
  void theFinalQuizOfALockedModuleStaysClosedByAddressAndByApiAndSaysWhy(
      String language, int width, String cadet) throws Exception {
    Browser b = signedIn(cadet, language, width);
    long quizId = policeFinalQuiz(b);
    assertFalse(
        b.driver().findElements(By.id("attempt:start")).stream().anyMatch(WebElement::isDisplayed),
        "no way to start the quiz of a locked module");
    // the quiz comes in the cadet's language on the first load (the browser asks for Danish)
    String title = b.heading();
    assertEquals(language.equals("da"), title.contains("Afsluttende"), title);
    String reason = b.waitFor(By.id("closed-reason")).getText();
    assertTrue(
        reason.contains(
            language.equals("da") ? "åbner, når du har gennemført" : "which opens when"),
        reason);
    shot(b, "locked-quiz-" + language);
    assertReadable(b, "locked quiz page");

    // the link takes the cadet into the course, where they left off: not the locked quiz
    b.waitFor(By.id("attempt:closed-next")).click();
    b.waitFor(By.id("item-title"));
    assertEquals("/courses/learn/player.xhtml", b.path());
    assertFalse(
        b.driver().findElement(By.id("item-title")).getText().contains("quiz"),
        "the player resumes at an open item");

    // a locked item asked for by its address in the player says why (item keys count up in a
    // course, modules and items alike: the locked ones follow the last open one)
    String player = b.driver().getCurrentUrl().replaceFirst("&item=.*$", "");
    long lastOpen =
        b.driver().findElements(By.cssSelector(".outline .items a")).stream()
            .map(a -> a.getAttribute("href").replaceFirst(".*[?&]item=(\\d+).*", "$1"))
            .mapToLong(Long::parseLong)
            .max()
            .orElseThrow();
    String notice = null;
    for (long key = lastOpen + 1; key <= lastOpen + 10 && notice == null; key++) {
      b.driver().get(player + "&item=" + key); // a module's key is no item: page not found
      b.waitFor(By.tagName("h1"));
      notice =
          b.driver().findElements(By.id("locked-notice")).stream()
              .map(WebElement::getText)
              .findFirst()
              .orElse(null);
    }
    assertTrue(notice != null, "a locked item reached by its address says why");
    assertTrue(notice.contains("“"), notice);
    shot(b, "locked-item-" + language);
    assertReadable(b, "player with a locked item asked for");

    // the REST API refuses the start with the same reason
    WebClient api = new WebClient(base).inLanguage(language);
    HttpResponse<String> start =
        api.send(
            api.request("api/quizzes/" + quizId + "/attempts")
                .header("Authorization", WebClient.basic(cadet, "tegn-demo"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(409, start.statusCode(), start.body());
    assertTrue(start.body().contains(reason.substring(0, 12)), start.body());

    // a course the cadet is not in, by its address: why, and the way to their own courses
    boolean told = false;
    for (long course = 1; course <= 8 && !told; course++) {
      b.open("courses/learn/player.xhtml?course=" + course);
      b.waitFor(By.tagName("h1"));
      told = !b.driver().findElements(By.id("not-enrolled")).isEmpty();
    }
    assertTrue(told, "a course the cadet is not enrolled in says so");
    assertTrue(b.waitFor(By.id("my-courses")).isDisplayed());
    shot(b, "not-enrolled-" + language);
    assertReadable(b, "not enrolled");
    b.signOut();
  }

  @Test
  void theCourseButtonsAreReadableInBothLanguagesOnADesktopAndAPhone() throws Exception {
    Browser b = signedIn("trainee", "da", 1280);
    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.partialLinkText("Tegn på menneskehandel")).click();
    walkOpenItems(b);
    WebElement certificate = b.waitFor(By.id("certificate"));
    assertReadableButton(b, certificate);
    shot(b, "certificate-button-da");
    assertReadable(b, "completed course");

    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.partialLinkText("politiet")).click();
    walkOpenItems(b);
    b.waitFor(By.linkText("Afsluttende quiz")).click();
    assertReadableButton(b, b.waitFor(By.id("actions:take-quiz")));
    shot(b, "take-quiz-button-da");
    assertReadable(b, "quiz item");

    b.driver().manage().window().setSize(new Dimension(390, 900));
    switchTo(b, "en");
    assertReadableButton(b, b.waitFor(By.id("actions:take-quiz")));
    shot(b, "take-quiz-button-en");
    assertReadable(b, "quiz item in English on a phone");

    // one answer given: the submit dialog counts the others as unanswered
    b.click("actions:take-quiz");
    submit(b, "attempt:start");
    WebElement radio = b.waitFor(By.cssSelector(".question .ui-radiobutton-box"));
    WebElement answered =
        radio.findElement(By.xpath("./ancestor::section[contains(@class, 'question')]"));
    radio.click();
    b.wait(Duration.ofSeconds(30))
        .until(
            d ->
                answered
                    .findElement(By.cssSelector(".saved-status"))
                    .getText()
                    .contains("Answer saved"));
    // "Question 1 of 15": the questions come five to a page, the dialog counts them all
    int total =
        Integer.parseInt(
            b.driver()
                .findElement(By.cssSelector(".question-heading"))
                .getText()
                .replaceFirst(".* (\\d+)$", "$1"));
    b.click("attempt:submit");
    String count = b.waitFor(By.id("unanswered-count")).getText();
    assertTrue(
        count.startsWith((total - 1) + " of " + total + " questions are not answered"), count);
    shot(b, "submit-dialog-en");
    b.click("attempt:confirmYes");
    b.waitFor(By.id("result-heading"));
    // the review marks every answer, and an unanswered one is only "Not answered"
    // (a case question marks each of its parts)
    List<WebElement> reviewed = b.driver().findElements(By.cssSelector(".review-question"));
    assertEquals(total, reviewed.size());
    long answeredInReview =
        reviewed.stream()
            .peek(
                r ->
                    assertFalse(
                        r.findElements(By.cssSelector(".mark")).isEmpty(),
                        "a mark under every question: " + r.getText()))
            .filter(r -> r.findElements(By.cssSelector(".mark-unanswered")).isEmpty())
            .count();
    assertEquals(1, answeredInReview, "only the answered question is not marked unanswered");
    for (WebElement feedback : b.driver().findElements(By.cssSelector(".feedback"))) {
      assertFalse(
          feedback.getText().matches("^(True|False|Right|Wrong)\\..*"),
          "feedback that reads as a verdict on the answer: " + feedback.getText());
    }
    shot(b, "quiz-review-en");
    assertReadable(b, "quiz review in English on a phone");
    b.click("lang:da");
    b.waitFor(By.cssSelector("html[lang='da']"));
    b.signOut();
  }

  // ---- helpers

  /** Opens every item the outline links, revealing scenarios and marking lessons done. */
  private static void walkOpenItems(Browser b) {
    b.waitFor(By.id("item-title"));
    List<String> items =
        b.driver().findElements(By.cssSelector(".outline .items a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    for (String item : items) {
      b.driver().get(item);
      b.waitFor(By.id("item-title"));
      for (String action : List.of("actions:reveal", "actions:mark-done")) {
        if (!b.driver().findElements(By.id(action)).isEmpty()) {
          submit(b, action);
        }
      }
    }
    if (b.driver().findElements(By.cssSelector(".outline .items a")).size() > items.size()) {
      walkOpenItems(b); // the next module opened
    }
  }

  /** Clicks a full-page submit and waits for the next page. */
  private static void submit(Browser b, String id) {
    WebElement button = b.waitFor(By.id(id));
    button.click();
    b.wait(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    b.waitFor(By.tagName("main"));
  }

  /** Text and background of a link drawn as a button differ by at least 4.5:1 (WCAG AA). */
  private static void assertReadableButton(Browser b, WebElement button) {
    Object ratio =
        ((JavascriptExecutor) b.driver())
            .executeScript(
                "const s = getComputedStyle(arguments[0]);"
                    + "const lum = c => { const v = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3)"
                    + ".map(x => { x = x / 255; return x <= 0.03928 ? x / 12.92"
                    + " : Math.pow((x + 0.055) / 1.055, 2.4); });"
                    + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
                    + "const a = lum(s.color), c = lum(s.backgroundColor);"
                    + "return (Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05);",
                button);
    assertTrue(
        ((Number) ratio).doubleValue() >= 4.5,
        button.getText() + ": contrast " + ratio + " between its text and its background");
  }

  private static void switchTo(Browser b, String language) {
    WebElement switcher = b.waitFor(By.id("lang:" + language));
    switcher.click();
    b.wait(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(switcher));
    b.waitFor(By.cssSelector("html[lang='" + language + "']"));
  }

  /**
   * A browser of the given width, signed in as {@code username} and switched to {@code language}.
   */
  private Browser signedIn(String username, String language, int width) {
    Browser b = BROWSER.at(base);
    current = b;
    b.driver().manage().window().setSize(new Dimension(width, 900));
    b.signIn(username, "tegn-demo");
    b.waitFor(By.id("account:logout"));
    if (!b.driver().findElement(By.tagName("html")).getAttribute("lang").equals(language)) {
      switchTo(b, language);
    }
    return b;
  }

  /**
   * Opens, by its address, the one quiz a police cadet may take (the police course's final quiz:
   * the starter curriculum's other quizzes belong to courses the cadet is not in) and returns its
   * id.
   */
  private long policeFinalQuiz(Browser b) {
    for (long id = 1; id <= 20; id++) {
      b.open("assessments/take/quiz.xhtml?id=" + id);
      b.waitFor(By.tagName("main"));
      if (!b.path().startsWith("/error")
          && b.driver().findElements(By.cssSelector(".error-page")).isEmpty()) {
        return id;
      }
    }
    throw new AssertionError("no quiz open to the cadet");
  }

  /**
   * No serious accessibility problem (contrast included). Sideways scrolling on a phone is printed,
   * not failed: the player and the quiz still overflow a 390-pixel screen by a few pixels (issue
   * 17, defect 14's class), which this branch does not fix.
   */
  private static void assertReadable(Browser b, String page) throws IOException {
    assertEquals(List.of(), b.seriousAccessibilityViolations(), page);
    Object overflow =
        ((JavascriptExecutor) b.driver())
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .toString();
    if (Integer.parseInt(overflow.toString()) > 0) {
      System.out.println(page + " scrolls sideways by " + overflow + " px");
    }
  }

  private static void shot(Browser b, String name) throws IOException {
    b.screenshot(SHOTS, name);
  }
}
