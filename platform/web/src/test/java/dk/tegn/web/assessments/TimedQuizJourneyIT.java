package dk.tegn.web.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
      second.click("attempt:confirmYes");
      second.waitFor(By.id("result-heading"));
      String result = second.driver().findElement(By.cssSelector(".result")).getText();
      assertTrue(result.contains("Score: 100 %"), result);
      assertTrue(result.contains("Passed"), result);
      assertTrue(
          result.contains("Debt to the employer"), "the review shows the answers: " + result);
    }
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
