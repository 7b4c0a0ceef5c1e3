package dk.tegn.web.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.SharedBrowser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo trainer's review page on the real WAR: the starter lessons whose sources still lack a
 * recorded check date are listed for review (due soon or, once that day has passed, overdue), every
 * cited source is listed with the lessons citing it, and marking a source as changed names the
 * lessons that cite it.
 */
@ExtendWith(ArquillianExtension.class)
class ContentReviewIT {

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("da");

  @Test
  void theDemoTrainerSeesTheLessonsDueForReviewAndMarksASourceAsChanged() throws Exception {
    Browser b = BROWSER.at(base);
    b.signIn("trainer", "tegn-demo");
    b.open("courses/author/courses.xhtml");
    b.click("reviews");
    b.waitFor(By.id("due-list"));
    String due = b.driver().findElement(By.id("due-list")).getText();
    assertTrue(due.contains("Definitionen"), "a starter lesson with unchecked sources is listed");
    assertTrue(
        due.contains("Forfalder snart") || due.contains("Gennemgang overskredet"),
        "it says why: " + due.substring(0, Math.min(400, due.length())));
    assertTrue(due.contains("uden noteret dato for tjek"), "unchecked sources are counted");
    String sources = b.driver().findElement(By.id("source-list")).getText();
    assertTrue(sources.contains("cmm.dk"), "the sources the lessons cite are listed");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "review page");

    b.type("sources:note", "Ny lov: tjek fristerne (test)");
    b.click("sources:mark");
    b.wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sources:citing")));
    String citing = b.driver().findElement(By.id("sources:citing")).getText();
    assertTrue(citing.contains("·"), "the lessons citing the marked source are named: " + citing);
    assertTrue(
        b.driver().findElement(By.id("due-list")).getText().contains("Ny lov: tjek fristerne"),
        "the lessons citing it show the mark in the list");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "review page after marking");
    b.signOut();
  }

  /** cadet20 is enrolled in the starter police course by the demo and used by no other IT. */
  @Test
  void aTraineesChoiceInABranchingScenarioLeadsToItsOwnNextStepAndAnEndingOpensTheExplanation()
      throws Exception {
    Browser b = BROWSER.at(base);
    b.signIn("cadet20", "tegn-demo");
    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.linkText("Genkend menneskehandel — politiet")).click();
    b.waitFor(By.linkText("Hun siger, at alt er i orden")).click();
    b.waitFor(By.cssSelector(".branch-current"));
    assertTrue(b.driver().findElements(By.id("actions:reveal")).isEmpty(), "no reveal before");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "branching scenario");

    choose(b, "Giv hende diskret hotlinenummeret");
    String afterFirst = b.driver().findElement(By.cssSelector(".branch-path")).getText();
    assertTrue(afterFirst.contains("Hun får en vej til hjælp"), "the consequence is explained");
    assertTrue(afterFirst.contains("Hun tager sedlen"), "the chosen step comes next");
    assertTrue(b.driver().findElements(By.cssSelector(".explanation")).isEmpty());

    choose(b, "Send en anonym henvisning");
    b.waitFor(By.cssSelector(".branch-ending"));
    assertTrue(
        b.driver().findElement(By.cssSelector(".explanation")).getText().contains("hotline"),
        "an ending opens the explanation");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "branching scenario ended");

    b.driver().findElement(By.cssSelector("[id$='restart-branch']")).click();
    b.wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".branch-ending")));
    choose(b, "Skriv i rapporten, at hun ikke er offer");
    assertTrue(
        b.waitFor(By.cssSelector(".branch-path")).getText().contains("Du kan ikke afgøre"),
        "another choice leads to another consequence");
    b.signOut();
  }

  private static void choose(Browser b, String labelStart) {
    By option =
        By.xpath(
            "//button[contains(@class,'branch-option')][starts-with(normalize-space(.),'"
                + labelStart
                + "')]");
    WebElement page = b.driver().findElement(By.tagName("main"));
    b.waitFor(option).click();
    b.waitUntilGone(page, Duration.ofSeconds(30));
  }
}
