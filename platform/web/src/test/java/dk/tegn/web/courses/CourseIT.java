package dk.tegn.web.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Courses on the real WAR in Payara Micro and MariaDB: publishing, version pinning and the
 * completion event through the services; then a trainer builds and publishes a course in the
 * browser and a trainee takes it to completion, downloads the certificate and verifies its code.
 */
@ExtendWith(ArquillianExtension.class)
class CourseIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tegn().addClasses(CourseItSupport.class, CourseItServlet.class);
  }

  @ArquillianResource URL base;

  static Browser browser;

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void startedTraineesStayOnTheirVersionAndCompletionIsRaisedOnceNamingIt() throws Exception {
    String report = get("it/courses?action=pinning");
    assertEquals(
        "second=2 started=1 waiting=2 completedEvents=1 third=3 completedAfterRestart=1"
            + " waitingAfterRestart=3",
        report);
  }

  @Test
  void aTrainerPublishesACourseAndATraineeCompletesItAndVerifiesTheCertificate() throws Exception {
    String title = "Kursus " + System.nanoTime();
    Browser b = browser();
    b.signIn("trainer", "tegn-demo");
    b.open("courses/author/courses.xhtml");
    b.type("create:title", title);
    b.click("create:create-course");
    b.waitFor(By.id("modules:new-module"));
    String courseId = b.driver().getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");

    b.type("modules:new-module", "Tegnene");
    b.click("modules:add-module");
    b.wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules"), "Tegnene"));
    addItem(b, "Indikatorer", null);
    b.type("edit:fields:1:area", "## Indikatorer\n\n- Gæld\n- Ingen pas");
    b.click("edit:save-item");
    waitForGrowl(b);
    addItem(b, "Massageklinikken", "Case");
    b.type("edit:fields:1:area", "En ung kvinde bor på klinikken.");
    b.type("edit:fields:2:area", "Hvilke tegn ser du?");
    b.type("edit:fields:3:area", "Bolig på arbejdspladsen er en indikator.");
    b.click("edit:save-item");
    waitForGrowl(b);

    b.click("versions");
    b.click("publish:publish-version");
    b.wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "1"));
    b.signOut();

    get("it/courses?action=enrol&username=cadet03&course=" + courseId);

    b.signIn("cadet03", "tegn-demo");
    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.linkText(title));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "my courses");
    b.driver().findElement(By.linkText(title)).click();
    b.waitFor(By.id("item-title"));
    assertEquals("Indikatorer", b.driver().findElement(By.id("item-title")).getText());
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "player");

    b.click("next");
    b.click("actions:reveal");
    WebElement certificate = b.waitFor(By.id("certificate"));
    String code = b.driver().findElement(By.cssSelector(".completed .code")).getText();
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "completed player");

    HttpResponse<byte[]> pdf = download(certificate.getAttribute("href"), b);
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

    b.open("verify/" + code);
    WebElement verdict = b.waitFor(By.cssSelector(".verify-valid h2"));
    assertTrue(verdict.isDisplayed());
    assertTrue(b.driver().getPageSource().contains(title), "the verify page names the course");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "verify page");
  }

  private static void addItem(Browser b, String title, String kindLabel) {
    b.type("items:new-item", title);
    if (kindLabel != null) {
      b.click("items:new-kind");
      b.wait(Duration.ofSeconds(10))
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#items\\:new-kind_panel li[data-label='" + kindLabel + "']")))
          .click();
    }
    b.click("items:add-item");
    try {
      b.wait(Duration.ofSeconds(30))
          .until(ExpectedConditions.attributeToBe(By.id("edit:fields:0:line"), "value", title));
    } catch (RuntimeException e) {
      try {
        java.nio.file.Files.writeString(
            java.nio.file.Path.of("/tmp/coursepage.html"), b.driver().getPageSource());
      } catch (java.io.IOException io) {
        throw new IllegalStateException(io);
      }
      throw e;
    }
  }

  private static void waitForGrowl(Browser b) {
    b.waitFor(By.cssSelector(".ui-growl-item"));
    ((JavascriptExecutor) b.driver())
        .executeScript(
            "document.querySelectorAll('.ui-growl-item-container').forEach(e => e.remove())");
  }

  private Browser browser() {
    if (browser == null) {
      browser = new Browser(base, "da");
    }
    browser.driver().manage().deleteAllCookies();
    return browser;
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static HttpResponse<byte[]> download(String url, Browser b) throws Exception {
    String cookies =
        b.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
