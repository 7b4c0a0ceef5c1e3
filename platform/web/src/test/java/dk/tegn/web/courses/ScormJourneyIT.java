package dk.tegn.web.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.scorm.ScormZips;
import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.SharedBrowser;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A SCORM 1.2 package end to end on the real WAR in Payara Micro, MariaDB and Chromium: the trainer
 * sees a malformed zip refused with its problem named, uploads a package built around the pipwerks
 * wrapper into a new course and publishes it; cadet20 (used by no other IT) plays it in the
 * sandboxed frame, goes two pages on and leaves; in a new browser session the SCO resumes on the
 * saved page with its suspend data, the trainee finishes above the mastery score, and the course is
 * completed, which the coordinator's dashboard counts.
 */
@ExtendWith(ArquillianExtension.class)
class ScormJourneyIT {

  static final String TRAINEE = "cadet20";

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("da");

  @Test
  void aTraineePlaysAScormPackageLeavesResumesOnAnotherSessionAndCompletes() throws Exception {
    String title = "SCORM " + System.nanoTime();
    Browser trainer = BROWSER.at(base);
    trainer.signIn("trainer", "tegn-demo");
    String courseId = newScormItem(trainer, title, "Tegn på menneskehandel");

    upload(trainer, file(ScormZips.zip(Map.of("index.html", ScormZips.utf8("<html></html>")))));
    WebElement problems = trainer.waitFor(By.id("scorm:problems"));
    assertTrue(problems.getText().contains("imsmanifest.xml"), problems.getText());
    assertTrue(problems.getText().contains("ikke en SCORM-pakke"), problems.getText());

    upload(trainer, file(ScormZips.singleSco(80.0, 90)));
    WebElement current = trainer.waitFor(By.id("scorm:current"));
    assertTrue(current.getText().contains("Tegn på menneskehandel"), current.getText());

    publishAndEnrol(trainer, courseId);

    String frameUrl;
    try (Browser first = new Browser(base, "da")) {
      first.signIn(TRAINEE, "tegn-demo");
      first.open("courses/learn/player.xhtml?course=" + courseId);
      frameUrl = enterSco(first);
      assertEquals("ab-initio", text(first, "entry"));
      assertEquals("Side 1", text(first, "page"));
      assertEquals(
          "cookie:blocked", text(first, "cookie"), "the SCO runs in an opaque origin: no cookies");
      assertEquals(
          "blocked",
          ((JavascriptExecutor) first.driver())
              .executeScript(
                  "try { return window.parent.document.title; } catch (e) { return 'blocked'; }"),
          "the SCO cannot read the player page");
      first.click("next");
      first.wait(Duration.ofSeconds(10)).until(d -> text(first, "page").equals("Side 2"));
      first.click("next");
      first.wait(Duration.ofSeconds(10)).until(d -> text(first, "page").equals("Side 3"));
      first.driver().switchTo().defaultContent();
      // pipwerks commits "incomplete" when it starts, then each "next page" commits
      committed(first, 3);
      savedAs(first, "incomplete");
      first.driver().switchTo().frame("scorm-frame");
      first.click("quit");
      first.driver().switchTo().defaultContent();
      committed(first, 4);
    }

    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(frameUrl)).build());
    assertEquals(200, anonymous.statusCode(), "the launch code, not a cookie, opens the SCO");
    String csp = anonymous.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.startsWith("sandbox allow-scripts allow-forms;"), csp);
    assertTrue(anonymous.body().contains("tegn-sco.js"), "the bridge is put into the SCO's page");
    assertEquals(
        404,
        send(HttpRequest.newBuilder(
                    URI.create(base + "courses/scorm/run/" + "A".repeat(32) + "/index.html"))
                .build())
            .statusCode());
    String commit = frameUrl.replaceFirst("courses/scorm/run/([^/]+)/.*", "api/me/scorm/$1/commit");
    assertEquals(
        401,
        send(HttpRequest.newBuilder(URI.create(commit))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"cmi.core.lesson_status\":\"passed\"}"))
                .build())
            .statusCode(),
        "no commit without the trainee's session");

    try (Browser second = new Browser(base, "da")) {
      second.signIn(TRAINEE, "tegn-demo");
      second.open("courses/learn/player.xhtml?course=" + courseId);
      enterSco(second);
      assertEquals("Side 3", text(second, "page"), "resumed at the saved location");
      assertEquals("resume", text(second, "entry"));
      assertEquals("sider=3", text(second, "suspend"));
      second.click("finish");
      second.driver().switchTo().defaultContent();
      savedAs(second, "passed");
      second.open("courses/learn/player.xhtml?course=" + courseId);
      second.waitFor(By.id("certificate"));
      assertEquals(List.of(), second.seriousAccessibilityViolations(), "SCORM player");
    }

    Browser coordinator = BROWSER.at(base);
    coordinator.signIn("coordinator", "tegn-demo");
    coordinator.open("coordination/dashboard.xhtml");
    WebElement row =
        coordinator.waitFor(
            By.xpath("//*[@id='figures:perCourse']//tr[td[contains(., '" + title + "')]]"));
    List<String> cells =
        row.findElements(By.tagName("td")).stream()
            .map(td -> td.getText().replaceAll(".*\\n", "").trim())
            .toList();
    assertEquals(List.of("1", "0", "0", "1", "0"), cells.subList(1, 6), "enrolled, ..., completed");
    coordinator.signOut();
  }

  /**
   * A multi-SCO package's table of contents: the trainee starts on the first SCO, moves to the
   * second from the contents, passes it there, and on a new browser session is brought back to the
   * first (the one not yet done) at the page where they left it; the contents show each part's
   * status and which one is open, and also open the asset.
   */
  @Test
  void aTraineeMovesBetweenTheScosOfAPackageByItsContentsAndResumesTheUnfinishedOne()
      throws Exception {
    Browser trainer = BROWSER.at(base);
    trainer.signIn("trainer", "tegn-demo");
    String courseId = newScormItem(trainer, "SCORM-dele " + System.nanoTime(), "To dele");
    upload(trainer, file(ScormZips.multiSco()));
    trainer.waitFor(By.id("scorm:current"));
    publishAndEnrol(trainer, courseId);

    try (Browser first = new Browser(base, "da")) {
      first.signIn(TRAINEE, "tegn-demo");
      first.open("courses/learn/player.xhtml?course=" + courseId);
      assertEquals(
          List.of("Del 1: Rekruttering", "Del 2: Udnyttelse", "Faktaark"), contents(first));
      assertEquals("Del 1: Rekruttering", currentSco(first), "the first SCO not yet done");
      enterSco(first);
      assertEquals("Side 1", text(first, "page"));
      first.click("next");
      first.wait(Duration.ofSeconds(10)).until(d -> text(first, "page").equals("Side 2"));
      first.click("quit"); // as a SCO leaving half-way: pipwerks suspends and finishes
      first.driver().switchTo().defaultContent();
      committed(first, 3);

      openFromContents(first, "Del 2: Udnyttelse");
      assertEquals("Del 2: Udnyttelse", currentSco(first));
      enterSco(first);
      assertEquals("ab-initio", text(first, "entry"), "each SCO has its own data");
      assertEquals("Side 1", text(first, "page"));
      first.click("finish");
      first.driver().switchTo().defaultContent();
      savedAs(first, "passed");
    }

    try (Browser second = new Browser(base, "da")) {
      second.signIn(TRAINEE, "tegn-demo");
      second.open("courses/learn/player.xhtml?course=" + courseId);
      assertEquals("Del 1: Rekruttering", currentSco(second), "back to the unfinished SCO");
      assertTrue(status(second, "Del 2: Udnyttelse").contains("bestået"), status(second, "Del 2"));
      assertTrue(
          status(second, "Del 1: Rekruttering").contains("ikke færdig"), status(second, "Del 1"));
      enterSco(second);
      assertEquals("resume", text(second, "entry"));
      assertEquals("Side 2", text(second, "page"), "resumed at the saved page");
      second.click("finish");
      second.driver().switchTo().defaultContent();
      savedAs(second, "completed");

      openFromContents(second, "Faktaark");
      assertEquals("Faktaark", currentSco(second));
      WebElement frame = second.waitFor(By.id("scorm-frame"));
      second
          .wait(Duration.ofSeconds(30))
          .until(d -> frame.getAttribute("src") != null && !frame.getAttribute("src").isBlank());
      second.driver().switchTo().frame(frame);
      second
          .wait(Duration.ofSeconds(30))
          .until(d -> d.findElement(By.tagName("p")).getText().equals("Faktaark"));
      second.driver().switchTo().defaultContent();
      assertTrue(
          status(second, "Del 1: Rekruttering").contains("gennemført"), status(second, "Del 1"));
    }
  }

  /** Creates a course with a module holding one SCORM item, and waits for its upload form. */
  private static String newScormItem(Browser trainer, String course, String item) {
    String courseId = TrainerSteps.newCourse(trainer, course, "Pakker");
    trainer.type("items:new-item", item);
    trainer.choose("items:new-kind", "SCORM");
    trainer.click("items:add-item");
    trainer.waitFor(By.id("scorm:upload-scorm"));
    return courseId;
  }

  private void publishAndEnrol(Browser trainer, String courseId) throws Exception {
    TrainerSteps.publishFirstVersion(trainer);
    trainer.signOut();
    get("it/courses?action=enrol&username=" + TRAINEE + "&course=" + courseId);
  }

  private static List<String> contents(Browser b) {
    return b
        .waitFor(By.cssSelector(".scorm-toc"))
        .findElements(By.cssSelector("a.scorm-sco"))
        .stream()
        .map(a -> a.getText().trim())
        .toList();
  }

  private static String currentSco(Browser b) {
    return b.waitFor(By.cssSelector(".scorm-toc li.current a.scorm-sco")).getText().trim();
  }

  /** The contents line of the SCO titled {@code title}: its title and status. */
  private static String status(Browser b, String title) {
    for (WebElement li : b.waitFor(By.cssSelector(".scorm-toc")).findElements(By.tagName("li"))) {
      if (li.getText().startsWith(title)) {
        return li.getText();
      }
    }
    return "no line for " + title;
  }

  private static void openFromContents(Browser b, String title) {
    WebElement page = b.driver().findElement(By.tagName("html"));
    b.waitFor(By.cssSelector(".scorm-toc")).findElement(By.linkText(title)).click();
    b.waitUntilGone(page, Duration.ofSeconds(60));
    b.waitFor(By.cssSelector(".scorm-toc"));
  }

  /** Waits for the SCO to connect to the runtime and switches into its frame; its address. */
  private static String enterSco(Browser b) {
    WebElement frame = b.waitFor(By.id("scorm-frame"));
    b.wait(Duration.ofSeconds(30))
        .until(d -> frame.getAttribute("src") != null && !frame.getAttribute("src").isBlank());
    String src = frame.getAttribute("src");
    assertEquals("allow-scripts allow-forms", frame.getAttribute("sandbox"));
    b.driver().switchTo().frame(frame);
    b.wait(Duration.ofSeconds(30)).until(d -> text(b, "connected").equals("true"));
    return src;
  }

  private static String text(Browser b, String id) {
    return b.driver().findElement(By.id(id)).getText().trim();
  }

  /** Waits until the player says Tegn stored the SCO's data with this status. */
  private static void savedAs(Browser b, String status) {
    b.wait(Duration.ofSeconds(30))
        .until(
            d ->
                status.equals(
                    d.findElement(By.id("scorm-status")).getAttribute("data-lesson-status")));
  }

  private static void committed(Browser b, int atLeast) {
    b.wait(Duration.ofSeconds(30))
        .until(
            d -> {
              String n = d.findElement(By.id("scorm-status")).getAttribute("data-commits");
              return n != null && Integer.parseInt(n) >= atLeast;
            });
  }

  private static void upload(Browser b, Path zip) {
    b.waitFor(By.id("scorm"))
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(zip.toAbsolutePath().toString());
    WebElement button = b.waitFor(By.id("scorm:upload-scorm"));
    b.clickAndLeave(button);
  }

  private static Path file(byte[] zip) throws Exception {
    Path file = Files.createTempFile("scorm", ".zip");
    Files.write(file, zip);
    file.toFile().deleteOnExit();
    return file;
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).build());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
