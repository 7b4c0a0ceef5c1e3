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
 * The demo trainer's review page on the real WAR. The trainer publishes a course of their own with
 * one lesson that cites a source without a check date, so the test does not depend on the state of
 * the shipped courses (verifying their sources must never break it): the lesson is listed for
 * review with its unchecked source counted, the source is listed with the lesson citing it, and
 * marking it as changed names that lesson and shows the mark in the list.
 */
@ExtendWith(ArquillianExtension.class)
class ContentReviewIT {

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("da");

  @Test
  void theDemoTrainerSeesTheLessonsDueForReviewAndMarksASourceAsChanged() throws Exception {
    String run = Long.toString(System.nanoTime());
    String lesson = "Kildelektion " + run;
    String source = "https://example.org/tegn-it/fiktiv-lov-" + run;
    Browser b = BROWSER.at(base);
    b.signIn("trainer", "tegn-demo");
    TrainerSteps.newCourse(b, "Kildetjek " + run, "Lovgivning");
    TrainerSteps.addItem(b, lesson, null);
    b.type(
        "edit:fields:1:area",
        "## Reglen\n\nEn påstand om loven.\n\n## Kilder\n\n"
            + "- Fiktiv lov (testkilde). Testforlaget, 2026. <"
            + source
            + ">\n");
    b.click("edit:save-item");
    b.waitFor(By.cssSelector(".ui-growl-item"));
    b.clearGrowl();
    TrainerSteps.publishFirstVersion(b);

    b.open("courses/author/courses.xhtml");
    b.click("reviews");
    String row = rowOf(b, "due-list", lesson);
    assertTrue(row.contains("Aldrig gennemgået"), "it says why: " + row);
    assertTrue(row.contains("1 uden noteret dato for tjek"), "the unchecked source: " + row);
    assertTrue(
        rowOf(b, "source-list", source).contains(lesson), "the source with the lesson citing it");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "review page");

    b.choose("sources:url", source);
    b.type("sources:note", "Ny lov: tjek fristerne (test)");
    b.click("sources:mark");
    b.wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sources:citing")));
    String citing = b.driver().findElement(By.id("sources:citing")).getText();
    assertTrue(citing.contains(lesson), "the lesson citing the marked source is named: " + citing);
    String marked = rowOf(b, "due-list", lesson);
    assertTrue(marked.contains("Ny lov: tjek fristerne"), "the mark in the list: " + marked);
    assertTrue(marked.contains("En kilde er ændret"), "and why it is listed: " + marked);
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "review page after marking");
    b.signOut();
  }

  /** The text of the row of a review table that mentions {@code text}. */
  private static String rowOf(Browser b, String table, String text) {
    b.waitFor(By.id(table));
    return b.driver().findElements(By.cssSelector("#" + table + " tbody tr")).stream()
        .map(WebElement::getText)
        .filter(t -> t.contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(table + " has no row for " + text));
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
