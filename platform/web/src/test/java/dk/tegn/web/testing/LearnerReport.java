package dk.tegn.web.testing;

import org.openqa.selenium.By;

/**
 * Steps on a coordinator's per-learner report (/coordination/learner.xhtml) that journeys share.
 */
public final class LearnerReport {

  /** The answers button of the report's first attempt. */
  public static final By FIRST_ATTEMPT =
      By.xpath("//*[@id='attempts']//button[contains(@id, 'answers')]");

  /** The answers button of the report's last attempt. */
  public static final By LAST_ATTEMPT =
      By.xpath("(//*[@id='attempts']//button[contains(@id, 'answers')])[last()]");

  private LearnerReport() {}

  /** Opens an attempt's answers and overrides its grade with a reason, in English. */
  public static void overrideGrade(Browser b, By answers, int score, String reason) {
    b.waitFor(answers).click();
    b.waitForText("review", "Question 1 of");
    b.type("override:score_input", String.valueOf(score));
    b.type("override:reason", reason);
    b.click("override:save");
    b.waitForText("attempts", "Overridden: " + score + " %");
  }
}
