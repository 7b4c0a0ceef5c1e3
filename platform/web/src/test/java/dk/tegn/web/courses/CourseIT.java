package dk.tegn.web.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.CourseWalk;
import dk.tegn.web.testing.SharedBrowser;
import dk.tegn.web.testing.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Courses on the real WAR in Payara Micro and MariaDB: publishing, version pinning and the
 * completion event through the services; then a trainer builds and publishes a course in the
 * browser and a trainee takes it to completion, downloads the certificate and verifies its code; a
 * cadet works through the starter police course (indicators from the catalogue, Danish and English)
 * to its final quiz and back; a trainer exports a course package, edits it and imports it back as
 * the next version, and sees every problem of a broken one.
 */
@ExtendWith(ArquillianExtension.class)
class CourseIT {

  @ArquillianResource URL base;

  private static final Path SHOTS = Path.of("target", "screenshots", "translation");

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("da");

  @Test
  void startedTraineesStayOnTheirVersionAndCompletionIsRaisedOnceNamingIt() throws Exception {
    String report = get("it/courses?action=pinning");
    assertEquals(
        "second=2 started=1 waiting=2 completedEvents=1 third=3 completedAfterRestart=1"
            + " waitingAfterRestart=3",
        report);
  }

  /**
   * Issue 17, catalogue: a double click or two tabs send two first self-enrolments at once; both
   * answer 200 with the same enrolment instead of one tripping the one-active-enrolment rule. Four
   * cadets race, each with two clients of their own, on a newly published open course.
   */
  @Test
  void twoFirstSelfEnrolmentsAtOnceBothAnswerTheSameEnrolment() throws Exception {
    long course = Long.parseLong(get("it/courses?action=openCourse"));
    Pattern enrolmentId = Pattern.compile("\"enrolmentId\":(\\d+)");
    ExecutorService tabs = Executors.newFixedThreadPool(2);
    try {
      for (String cadet : List.of("cadet01", "cadet02", "cadet03", "cadet04")) {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int tab = 0; tab < 2; tab++) {
          WebClient client = new WebClient(base);
          answers.add(
              tabs.submit(
                  () -> {
                    together.await(30, TimeUnit.SECONDS);
                    return client.send(
                        client
                            .request("api/catalogue/" + course + "/enrolment")
                            .header("Authorization", WebClient.basic(cadet, "tegn-demo"))
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.noBody()));
                  }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get(90, TimeUnit.SECONDS);
          assertEquals(200, response.statusCode(), cadet + ": " + response.body());
          Matcher m = enrolmentId.matcher(response.body());
          assertTrue(m.find(), response.body());
          ids.add(m.group(1));
        }
        assertEquals(ids.get(0), ids.get(1), cadet + ": one enrolment, answered twice");
      }
    } finally {
      tabs.shutdownNow();
    }
  }

  @Test
  void aTrainerPublishesACourseAndATraineeCompletesItAndVerifiesTheCertificate() throws Exception {
    String title = "Kursus " + System.nanoTime();
    Browser b = browser();
    b.signIn("trainer", "tegn-demo");
    String courseId = TrainerSteps.newCourse(b, title, "Tegnene");
    TrainerSteps.addItem(b, "Indikatorer", null);
    b.type(
        "edit:fields:1:area",
        "## Indikatorer\n\n- Gæld\n- Ingen pas\n\n```indicators\nindicator: debt-bondage\n```\n");
    // the lesson shows as the trainee will read it while the trainer types, the cursor kept
    b.wait(Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(By.cssSelector("#edit\\:live-preview h2")).stream()
                    .anyMatch(h -> h.getText().contains("Indikatorer")));
    assertTrue(
        b.driver().findElements(By.cssSelector("#edit\\:live-preview li")).stream()
            .anyMatch(li -> li.getText().equals("Gæld")),
        "the list");
    assertEquals(
        "edit:fields:1:area", b.driver().switchTo().activeElement().getAttribute("id"), "focus");
    b.click("edit:save-item");
    waitForGrowl(b);
    TrainerSteps.addItem(b, "Massageklinikken", "Case");
    b.type("edit:fields:1:area", "En ung kvinde bor på klinikken.");
    b.type("edit:fields:2:area", "Hvilke tegn ser du?");
    b.type("edit:fields:3:area", "Bolig på arbejdspladsen er en indikator.");
    b.click("edit:save-item");
    waitForGrowl(b);

    TrainerSteps.publishFirstVersion(b);
    b.signOut();

    get("it/courses?action=enrol&username=cadet03&course=" + courseId);

    b.signIn("cadet03", "tegn-demo");
    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.linkText(title));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "my courses");
    b.driver().findElement(By.linkText(title)).click();
    b.waitFor(By.id("item-title"));
    assertEquals("Indikatorer", b.driver().findElement(By.id("item-title")).getText());
    assertTrue(
        b.driver().findElement(By.cssSelector(".block-indicators li")).getText().contains("gæld"),
        "the indicators block lists the catalogue's indicator");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "player");

    b.click("next");
    b.submit("actions:reveal");
    WebElement certificate = b.waitFor(By.id("certificate"));
    String code = b.driver().findElement(By.cssSelector(".completed .code")).getText();
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "completed player");

    HttpResponse<byte[]> pdf = b.download(certificate.getAttribute("href"));
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

    b.open("verify/" + code);
    WebElement verdict = b.waitFor(By.cssSelector(".verify-valid h2"));
    assertTrue(verdict.isDisplayed());
    assertTrue(b.driver().getPageSource().contains(title), "the verify page names the course");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "verify page");

    // My certificates: the new certificate, valid, with its code, its file and its public address
    b.open("courses/learn/certificates.xhtml");
    WebElement card = b.waitFor(By.cssSelector(".certificate-card"));
    assertTrue(card.getText().contains(title), card.getText());
    assertTrue(card.getText().contains(code), card.getText());
    assertEquals("Gyldigt", card.findElement(By.cssSelector(".certificate-state")).getText());
    assertTrue(card.findElements(By.cssSelector("a[id$='renew']")).isEmpty(), "nothing to renew");
    assertEquals(
        200,
        b.download(card.findElement(By.cssSelector("a[id$='pdf']")).getAttribute("href"))
            .statusCode());
    assertTrue(
        card.findElement(By.cssSelector("a[id$='verify']"))
            .getAttribute("href")
            .endsWith("/verify/" + code));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "my certificates");

    // the calendar feed: an address made on "My courses", fetched as a calendar program does (no
    // session), read back as iCalendar; stopped, it is gone
    b.open("courses/learn/my-courses.xhtml");
    b.click("calendar:create");
    String feed = b.waitFor(By.id("calendar-address")).getAttribute("value");
    assertTrue(feed.matches("https?://.+/calendar/[A-Za-z0-9_-]{40,}\\.ics"), feed);
    HttpResponse<String> ics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(feed)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ics.statusCode());
    assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    // the trainee's open courses' due dates (the completed one has none; its certificate here
    // never expires), every event all-day and in Danish
    List<VEvent> events = Biweekly.parse(ics.body()).first().getEvents();
    List<String> summaries = events.stream().map(e -> e.getSummary().getValue()).toList();
    assertFalse(summaries.isEmpty(), ics.body());
    assertTrue(
        summaries.stream()
            .allMatch(t -> t.startsWith("Frist: ") || t.startsWith("Kursusbevis udløber: ")),
        ics.body());
    assertFalse(summaries.contains("Frist: " + title), ics.body());
    assertTrue(events.stream().noneMatch(e -> e.getDateStart().getValue().hasTime()), ics.body());
    assertEquals(
        List.of(), b.seriousAccessibilityViolations(), "my courses with the calendar card");
    b.click("calendar:stop");
    b.waitFor(By.id("calendar-stopped"));
    assertEquals(
        404,
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(feed)).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode());
  }

  /**
   * Issue 17: a translation made from an original that changed since is marked outdated beside the
   * field and in the list of what is left, until the translator saves it again; publishing with
   * translations not finished says what is missing per language and asks before it goes ahead.
   */
  @Test
  void aChangedOriginalMarksItsTranslationOutdatedAndPublishingWithGapsAsksFirst()
      throws Exception {
    Browser b = browser();
    b.signIn("trainer", "tegn-demo");
    String courseId = TrainerSteps.newCourse(b, "Oversat " + System.nanoTime(), "Tegnene");
    TrainerSteps.addItem(b, "Gæld", null);
    b.type("edit:fields:1:area", "Gæld er en indikator.\n\nSpørg til gælden.");
    b.click("edit:save-item");
    waitForGrowl(b);
    // offered in English too
    b.waitFor(By.cssSelector("label[for='settings:languages:1']")).click();
    b.submit("settings:save-settings");

    translate(b, courseId, "Debt", "Debt is an indicator.\n\nAsk about the debt.");
    b.open("courses/author/course.xhtml?id=" + courseId + "&lang=en");
    openLesson(b);
    assertTrue(
        b.driver().findElements(By.id("edit:fields:1:outdated")).isEmpty(), "just translated");

    // the trainer changes the Danish original
    b.open("courses/author/course.xhtml?id=" + courseId + "&lang=da");
    openLesson(b);
    b.type("edit:fields:1:area", "Gæld til arbejdsgiveren er en indikator.");
    b.click("edit:save-item");
    waitForGrowl(b);

    // publishing: what is not finished, per language; not without saying so
    b.open("courses/author/versions.xhtml?id=" + courseId);
    String gaps = b.waitFor(By.id("publish:gaps")).getText();
    assertTrue(gaps.contains("English") || gaps.contains("Engelsk"), gaps);
    assertTrue(gaps.contains("2 mangler, 1 forældede"), gaps);
    b.submit("publish:publish-version");
    assertTrue(
        b.waitFor(By.id("publish:gaps")).getText().contains("sæt flueben"),
        "the refusal stands next to the choice");
    assertFalse(
        b.driver().findElement(By.tagName("main")).getText().contains(" 1 · "),
        "nothing published");

    // the translator sees it beside the field and in the list of what is left
    b.open("courses/author/course.xhtml?id=" + courseId + "&lang=en");
    assertTrue(
        b.waitFor(By.id("untranslated")).getText().contains("originalen er ændret"),
        b.driver().findElement(By.id("untranslated")).getText());
    openLesson(b);
    assertTrue(b.waitFor(By.id("edit:fields:1:outdated")).isDisplayed());
    assertTrue(
        b.driver()
            .findElement(By.id("edit"))
            .getText()
            .contains("Gæld til arbejdsgiveren er en indikator."),
        "the new original beside the field");
    b.type("edit:fields:1:area", "Debt to the employer is an indicator.");
    b.click("edit:save-item");
    waitForGrowl(b);
    b.open("courses/author/course.xhtml?id=" + courseId + "&lang=en");
    assertFalse(
        b.waitFor(By.id("untranslated")).getText().contains("originalen er ændret"),
        "saved again: up to date");

    b.open("courses/author/versions.xhtml?id=" + courseId);
    assertTrue(b.waitFor(By.id("publish:gaps")).getText().contains("2 mangler, 0 forældede"));
    b.waitFor(By.cssSelector("#publish\\:withGaps .ui-chkbox-box")).click();
    b.submit("publish:publish-version");
    b.wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), " 1 · "));
    b.screenshot(SHOTS, "translation-published-with-gaps");
  }

  /**
   * Issue 17: a trainer gives the organisation's certificates a logo and a signature; a file that
   * is not a picture is refused next to its field and changes nothing; the sample PDF prints it.
   */
  @Test
  void aTrainerDesignsTheOrganisationsCertificates() throws Exception {
    Browser b = browser();
    b.signIn("trainer", "tegn-demo");
    b.open("courses/author/courses.xhtml");
    b.submit("certificate-design");
    Path logo = picture("logo.png", 240, 90);
    Path notAPicture = Files.createTempFile("logo", ".png");
    Files.writeString(notAPicture, "<svg onload=alert(1)>");

    b.type("design:signatoryName", "Lene Holm");
    b.type("design:signatoryTitle", "Leder");
    b.driver().findElement(By.id("design:logo")).sendKeys(notAPicture.toString());
    b.submit("design:save");
    assertTrue(
        b.waitFor(By.id("design")).getText().contains("Billedet skal være en PNG- eller JPEG-fil."),
        "refused next to the field");
    assertTrue(b.driver().findElement(By.id("design")).getText().contains("Intet logo endnu."));

    b.type("design:signatoryName", "Lene Holm");
    b.driver().findElement(By.id("design:logo")).sendKeys(logo.toString());
    b.driver()
        .findElement(By.id("design:signature"))
        .sendKeys(picture("underskrift.png", 300, 80).toString());
    b.submit("design:save");
    String saved = b.waitFor(By.id("design")).getText();
    assertTrue(
        saved.contains("Et logo trykkes.") && saved.contains("En underskrift trykkes."), saved);
    assertEquals(
        "Lene Holm", b.driver().findElement(By.id("design:signatoryName")).getAttribute("value"));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "certificate design");

    HttpResponse<byte[]> sample =
        b.download(b.driver().findElement(By.id("design:preview")).getAttribute("href"));
    assertEquals(200, sample.statusCode());
    assertEquals("%PDF-", new String(sample.body(), 0, 5, StandardCharsets.US_ASCII));
    b.screenshot(SHOTS, "certificate-design");
  }

  private static Path picture(String name, int width, int height) throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(5, 5, width - 10, height - 10);
    Path file = Files.createTempDirectory("design").resolve(name);
    javax.imageio.ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /**
   * Issue 17: a quiz is made inside the course, as in Moodle: the quiz item makes one named as the
   * item, the quiz page opens to add its questions and leads back to the course.
   */
  @Test
  void aTrainerMakesTheQuizInsideTheCourse() {
    Browser b = browser();
    b.signIn("trainer", "tegn-demo");
    String courseId = TrainerSteps.newCourse(b, "Med quiz " + System.nanoTime(), "Tegnene");
    TrainerSteps.addItem(b, "Afsluttende prøve", "Quiz");
    b.submit("edit:new-quiz");
    assertTrue(b.path().endsWith("/assessments/author/quiz.xhtml"), b.path());
    assertEquals("Afsluttende prøve", b.waitFor(By.id("quiz:titleDa")).getAttribute("value"));
    b.submit("back-to-course");
    assertTrue(b.driver().getCurrentUrl().contains("id=" + courseId), b.driver().getCurrentUrl());
    b.submit(b.waitFor(By.linkText("Tegnene")));
    b.submit(b.waitFor(By.linkText("Afsluttende prøve")));
    assertTrue(
        b.waitFor(By.id("edit:edit-quiz")).getAttribute("href").contains("course=" + courseId),
        "the item points to its quiz, and its questions are a click away");
  }

  /** Opens the course in English and writes the lesson's title and text. */
  private static void translate(Browser b, String courseId, String title, String body) {
    b.open("courses/author/course.xhtml?id=" + courseId + "&lang=en");
    openLesson(b);
    b.type("edit:fields:0:line", title);
    b.type("edit:fields:1:area", body);
    b.click("edit:save-item");
    waitForGrowl(b);
  }

  private static void openLesson(Browser b) {
    b.submit(b.waitFor(By.linkText("Tegnene")));
    b.submit(b.waitFor(By.linkText("Gæld")));
    b.waitFor(By.id("edit:fields:1:area"));
  }

  @Test
  void aCadetReadsTheStarterPoliceCourseInDanishAndEnglishAndTakesItsFinalQuiz() throws Exception {
    Browser b = browser();
    b.signIn("cadet01", "tegn-demo");
    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.partialLinkText("politiet")).click();
    b.waitFor(By.id("item-title"));
    String player = b.driver().getCurrentUrl().replaceFirst("&item=.*$", "");

    // every lesson in Danish; the indicators lesson draws the whole catalogue by dimension
    AtomicBoolean indicatorsDrawn = new AtomicBoolean();
    CourseWalk.completeOpenItems(
        b,
        title -> {
          if (title.equals("Indikatorerne")) {
            indicatorsDrawn.set(
                b.driver().findElements(By.cssSelector(".block-indicators ul li")).size() > 20);
            try {
              assertEquals(List.of(), b.seriousAccessibilityViolations(), "indicators lesson");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    assertTrue(indicatorsDrawn.get(), "the indicators lesson lists the catalogue by dimension");

    // the language switch reloads the same player, with its parameters, in the other language
    b.submit("lang:en");
    b.wait(Duration.ofSeconds(30))
        .until(d -> "Recognising human trafficking — police".equals(b.heading()));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "player in English");
    b.submit("lang:da");
    b.wait(Duration.ofSeconds(30))
        .until(d -> "Genkend menneskehandel — politiet".equals(b.heading()));

    b.driver().get(player);
    b.waitFor(By.linkText("Afsluttende quiz")).click();
    b.waitFor(By.id("actions:take-quiz")).click();
    b.submit("attempt:start");
    assertTrue(
        b.waitFor(By.cssSelector(".question-heading")).isDisplayed(), "the quiz shows questions");
    b.click("attempt:submit");
    b.click("attempt:submit-all"); // from the summary before submitting
    b.click("attempt:confirmYes");
    b.waitFor(By.id("result-heading"));
    // a failed attempt points back to the lessons of the missed questions (issue 12), not to
    // answers
    List<String> lessons =
        b.driver().findElements(By.cssSelector(".lesson-pointer a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    assertTrue(lessons.size() >= 3, "lessons to go back to: " + lessons);
    assertTrue(lessons.get(0).contains("item="), lessons.get(0));
    assertTrue(
        b.driver().findElement(By.cssSelector(".lesson-pointers")).getText().contains("spørgsmål"),
        "each lesson names the missed questions it teaches");
    b.driver().findElement(By.cssSelector("a[href*='/courses/learn/player.xhtml']")).click();
    assertEquals("Afsluttende quiz", b.waitFor(By.id("item-title")).getText());
    assertTrue(
        b.waitFor(By.cssSelector(".quiz-state")).getText().contains("%"), "best score shown");
    b.driver().get(lessons.get(0));
    assertTrue(
        !b.waitFor(By.id("item-title")).getText().equals("Afsluttende quiz"),
        "the pointer opens a lesson of the course");
  }

  @Test
  void aTrainerExportsACourseEditsALessonAndImportsItBackAsTheNextVersion() throws Exception {
    Browser b = browser();
    b.signIn("trainer", "tegn-demo");
    b.open("courses/author/courses.xhtml");
    b.click("packages");
    String health = "Genkend menneskehandel — sundhedspersonale";
    String export = b.waitFor(By.partialLinkText(health)).getAttribute("href");
    HttpResponse<byte[]> zip = b.download(export);
    assertEquals(200, zip.statusCode());
    Map<String, byte[]> files = unzip(zip.body());
    String lesson =
        files.keySet().stream()
            .filter(f -> f.endsWith(".da.md"))
            .sorted()
            .findFirst()
            .orElseThrow();
    String edited = "Rettet til version 2 " + System.nanoTime();
    files.put(
        lesson,
        (new String(files.get(lesson), StandardCharsets.UTF_8) + "\n\n" + edited + "\n")
            .getBytes(StandardCharsets.UTF_8));

    b.driver().findElement(By.id("import:file")).sendKeys(zipFile(files).toString());
    b.choose("import:target", "sundhedspersonale");
    b.driver().findElement(By.cssSelector("#import\\:publish .ui-chkbox-box")).click();
    b.type("import:note", "Lektion rettet");
    b.submit("import:import-package");
    String courseId = b.driver().getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    b.open("courses/author/versions.xhtml?id=" + courseId);
    assertTrue(
        b.waitFor(By.tagName("main")).getText().contains("Lektion rettet"),
        "version 2 with its note in the history");

    files.remove(
        files.keySet().stream().filter(f -> f.endsWith(".en.md")).sorted().findFirst().get());
    files.put(
        "course.yaml",
        new String(files.get("course.yaml"), StandardCharsets.UTF_8)
            .replace("mandatory:", "mandatry:")
            .getBytes(StandardCharsets.UTF_8));
    b.open("courses/author/packages.xhtml");
    b.driver().findElement(By.id("import:file")).sendKeys(zipFile(files).toString());
    b.submit("import:import-package");
    List<String> problems =
        b.driver().findElements(By.cssSelector(".package-problems tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("course.yaml") && p.contains("mandatry")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains(".en.md")), problems.toString());
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "packages page");
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static Path zipFile(Map<String, byte[]> files) throws IOException {
    Path zip = Files.createTempFile("course-package", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue());
        out.closeEntry();
      }
    }
    zip.toFile().deleteOnExit();
    return zip;
  }

  /** Clicks a full-page submit and waits for the next page. */
  private static void waitForGrowl(Browser b) {
    b.waitFor(By.cssSelector(".ui-growl-item"));
    b.clearGrowl();
  }

  private Browser browser() {
    return BROWSER.at(base);
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
}
