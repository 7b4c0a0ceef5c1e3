package dk.tegn.web.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.CourseWalk;
import dk.tegn.web.testing.SharedBrowser;
import dk.tegn.web.testing.TestMailServer;
import dk.tegn.web.testing.WebClient;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

/**
 * The daily experience of issue 17, on the demo data, in Danish on a desktop and in English on a
 * 390-pixel phone screen: each journey keeps its screenshots under {@code
 * target/screenshots/daily-experience/}.
 */
@ExtendWith(ArquillianExtension.class)
class DailyExperienceJourneyIT {

  private static final Path SHOTS = Path.of("target", "screenshots", "daily-experience");

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
    whatNextContinuesWhereTheCadetLeftOff(b, language);
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

  /**
   * The trainee's home answers "what next?" (issue 17, defect 8 and expected 7), on /home.xhtml too
   * instead of "you have no courses": the course to continue (the police course, unless another
   * test gave the cadet one due sooner) and the item the player resumes at; "Continue" opens
   * exactly that item.
   */
  private static void whatNextContinuesWhereTheCadetLeftOff(Browser b, String language)
      throws IOException {
    b.open("home.xhtml");
    assertTrue(b.waitFor(By.id("what-next")).isDisplayed(), "what next on /home.xhtml");
    assertTrue(
        b.driver().findElements(By.id("no-courses")).isEmpty(),
        "no 'you have no courses' for a cadet with a course");
    b.open("courses/learn/my-courses.xhtml");
    String card = b.waitFor(By.id("what-next")).getText();
    assertTrue(card.contains(language.equals("da") ? "Hvad nu?" : "What next?"), card);
    String next = b.waitFor(By.cssSelector("#next-item strong")).getText();
    shot(b, "what-next-" + language);
    assertReadable(b, "what next");
    assertReadableButton(b, b.waitFor(By.id("continue")));
    b.click("continue");
    assertEquals(next, b.waitFor(By.id("item-title")).getText(), "Continue resumes there");
    assertEquals("/courses/learn/player.xhtml", b.path());
  }

  @Test
  void theCourseButtonsAreReadableInBothLanguagesOnADesktopAndAPhone() throws Exception {
    Browser b = signedIn("trainee", "da", 1280);
    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.partialLinkText("Tegn på menneskehandel")).click();
    CourseWalk.completeOpenItems(b);
    WebElement certificate = b.waitFor(By.id("certificate"));
    assertReadableButton(b, certificate);
    shot(b, "certificate-button-da");
    assertReadable(b, "completed course");

    b.open("courses/learn/my-courses.xhtml");
    b.waitFor(By.partialLinkText("politiet")).click();
    CourseWalk.completeOpenItems(b);
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
    b.submit("attempt:start");
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
    b.click("attempt:submit-all"); // from the summary before submitting
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
    // after the review, the way back to the course's lessons
    WebElement back = b.waitFor(By.id("attempt:result-back"));
    assertReadableButton(b, back);
    assertTrue(back.getText().contains("lessons"), back.getText());
    back.click();
    b.waitFor(By.id("item-title"));
    assertEquals("/courses/learn/player.xhtml", b.path());
    b.click("lang:da");
    b.waitFor(By.cssSelector("html[lang='da']"));
    b.signOut();
  }

  /**
   * Defect 2: a quiz left open keeps its session (the page pings), a page with nothing to fill in
   * warns two minutes before the session ends, and an answer given after the session has ended is
   * shown as not saved, with the choice put back as the server has it, and the way to sign in again
   * back to the quiz. The page's clock is moved through {@code TegnSession.check} instead of
   * waiting half an hour; the session's end is the browser losing its cookie.
   */
  @ParameterizedTest(name = "{0}, {1} px wide")
  @CsvSource({"da,1280,cadet20", "en,390,cadet18"})
  void aQuizKeepsItsSessionWarnsBeforeItEndsAndNeverShowsAnAnswerTheServerDidNotStore(
      String language, int width, String cadet) throws Exception {
    boolean danish = language.equals("da");
    String saved = danish ? "Svaret er gemt" : "Answer saved";
    Browser b = signedIn(cadet, language, width);
    long quizId = policeFinalQuiz(b);
    if (!b.driver().findElements(By.id("attempt:closed-next")).isEmpty()) {
      b.click("attempt:closed-next");
      CourseWalk.completeOpenItems(b);
      b.open("assessments/take/quiz.xhtml?id=" + quizId);
    }
    if (!b.driver().findElements(By.id("attempt:start")).isEmpty()) {
      b.submit("attempt:start");
    }
    // a question answered by choosing one option (a page may hold only one)
    WebElement question =
        b.driver().findElements(By.cssSelector("section.question")).stream()
            .filter(q -> q.findElements(By.cssSelector(".ui-radiobutton-box")).size() >= 2)
            .findFirst()
            .orElseThrow();
    String slot = question.findElement(By.cssSelector(".saved-status")).getAttribute("class");
    List<WebElement> boxes = question.findElements(By.cssSelector(".ui-radiobutton-box"));
    boxes.get(0).click();
    b.wait(Duration.ofSeconds(30))
        .until(
            d -> question.findElement(By.cssSelector(".saved-status")).getText().contains(saved));

    // left open: the quiz page pings and the session lives on
    JavascriptExecutor js = (JavascriptExecutor) b.driver();
    long before = ((Number) js.executeScript("return TegnSession.lastContact();")).longValue();
    js.executeScript("TegnSession.check(Date.now() + 6 * 60 * 1000);");
    System.out.println(
        "GET /session answers: "
            + js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('session-guard').dataset.ping,"
                    + " {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status"
                    + " + ' ' + r.url + ' ' + t))).catch(e => done('error ' + e));"));
    b.wait(Duration.ofSeconds(30))
        .until(
            d ->
                ((Number) js.executeScript("return TegnSession.lastContact();")).longValue()
                    > before);
    assertFalse(
        b.driver().findElement(By.id("session-warning")).isDisplayed(), "no warning while working");

    // the session ends; another choice does not reach the server, the page says so and shows the
    // stored choice again
    b.driver().manage().deleteAllCookies();
    boxes.get(1).click();
    WebElement failed = b.waitFor(By.id("save-failed"));
    b.wait(Duration.ofSeconds(30)).until(d -> failed.isDisplayed());
    assertTrue(
        failed.getText().contains(danish ? "blev IKKE gemt" : "was NOT saved"), failed.getText());
    assertFalse(
        boxes.get(1).getAttribute("class").contains("ui-state-active"),
        "the choice the server did not store is not shown as chosen");
    assertTrue(boxes.get(0).getAttribute("class").contains("ui-state-active"), "the stored one is");
    List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
    assertTrue(radios.get(0).isSelected() && !radios.get(1).isSelected());
    WebElement signIn = b.waitFor(By.id("session-sign-in"));
    b.wait(Duration.ofSeconds(30)).until(d -> signIn.isDisplayed());
    shot(b, "answer-not-saved-" + language);
    assertReadable(b, "quiz after the session ended");

    // signing in again leads back to the quiz, with the stored choice
    signIn.click();
    b.type("login:username", cadet);
    b.type("login:password", "tegn-demo");
    WebElement login = b.waitFor(By.id("login:submit"));
    b.clickAndLeave(login);
    assertEquals("/assessments/take/quiz.xhtml", b.path());
    WebElement again = b.waitFor(By.xpath("//section[.//div[@class='" + slot + "']]"));
    assertTrue(again.getText().contains(saved), again.getText());
    List<WebElement> stored = again.findElements(By.cssSelector("input[type=radio]"));
    assertTrue(stored.get(0).isSelected() && !stored.get(1).isSelected());

    // a page with nothing to fill in warns two minutes before the end; staying signed in pings
    b.open("home.xhtml");
    WebElement warning = b.driver().findElement(By.id("session-warning"));
    assertFalse(warning.isDisplayed());
    // moved on again each poll: a scroll or focus after the page loaded counts as activity, and
    // the first check then pings (renewing the last contact) instead of warning
    b.wait(Duration.ofSeconds(10))
        .until(
            d -> {
              js.executeScript(
                  "TegnSession.check(TegnSession.lastContact()"
                      + " + (document.getElementById('session-guard').dataset.timeout - 90)"
                      + " * 1000);");
              return warning.isDisplayed();
            });
    assertTrue(
        warning.getText().contains(danish ? "om to minutter" : "in two minutes"),
        warning.getText());
    assertEquals("session-stay", b.driver().switchTo().activeElement().getAttribute("id"));
    shot(b, "session-warning-" + language);
    assertReadable(b, "home with the session warning");
    b.click("session-stay");
    b.wait(Duration.ofSeconds(30)).until(d -> !warning.isDisplayed());
    b.signOut();
  }

  /**
   * Expected 4: "Forgot your password?" on the sign-in page sends a link through the outbox; a
   * known and an unknown address get the same words after as long; the link takes a new password
   * under the policy, works once, and the new password signs in. On an account of its own, made by
   * the admin, so no demo password changes.
   */
  @ParameterizedTest(name = "{0}, {1} px wide")
  @CsvSource({"da,1280", "en,390"})
  void someoneWhoForgotTheirPasswordChoosesANewOneThroughTheMailedLink(String language, int width)
      throws Exception {
    boolean danish = language.equals("da");
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    String username = "glemt." + tag;
    String email = username + "@demo.tegn.dk";
    Browser b = BROWSER.at(base);
    current = b;
    b.signIn("admin", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.open("admin/accounts.xhtml");
    b.click("search:new");
    b.type("create:username", username);
    b.type("create:displayName", "Glemsom " + tag);
    b.type("create:email", email);
    b.type("create:initialPassword", "grøn hest på taget " + tag);
    b.click("create:save");
    b.wait(Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("growl_container")).getText().contains(username));
    b.driver().navigate().refresh(); // the dialog's mask stays over the page
    b.signOut();

    b.driver().manage().window().setSize(new Dimension(width, 900));
    b.open("login.xhtml");
    if (!b.driver().findElement(By.tagName("html")).getAttribute("lang").equals(language)) {
      switchTo(b, language);
    }
    b.click("login:forgot");
    String known = askForLink(b, email);
    assertTrue(known.contains(email), known);
    shot(b, "forgot-password-sent-" + language);
    assertReadable(b, "forgot password, sent");
    String unknown = askForLink(b, "nobody." + tag + "@demo.tegn.dk");
    assertEquals(
        known.replace(email, "@"),
        unknown.replace("nobody." + tag + "@demo.tegn.dk", "@"),
        "the same words for an unknown address");

    String link = "password/reset.xhtml?token=" + tokenMailedTo(email);
    b.open(link);
    b.type("reset:next", "kort");
    b.type("reset:repeated", "kort");
    b.click("reset:save");
    b.waitFor(By.cssSelector("#outcome .ui-message-error"));
    String chosen = "en ny lang adgangskode " + tag;
    b.type("reset:next", chosen);
    b.type("reset:repeated", chosen);
    b.click("reset:save");
    WebElement done = b.waitFor(By.id("done"));
    assertTrue(done.getText().contains(username), done.getText());
    shot(b, "password-reset-done-" + language);
    assertReadable(b, "password reset done");
    b.signIn(username, chosen);
    b.waitFor(By.id("account:logout"));

    // the profile: the name changes freely, a new e-mail address only with the password
    b.click("account:profile");
    assertEquals(username, b.waitFor(By.id("username")).getText());
    b.type("profile:displayName", "Husker " + tag);
    b.type("profile:email", "ny." + email);
    b.click("profile:save");
    WebElement refused = b.waitFor(By.id("profile"));
    assertTrue(
        refused
            .getText()
            .contains(
                danish ? "nuværende adgangskode for at skifte" : "current password to change"),
        refused.getText());
    b.type("profile:currentPassword", chosen);
    // a time zone of one's own and no due reminders (issue 17: profile)
    assertTrue(
        b.textOf(By.id("profile")).contains(danish ? "Påmindelser pr. mail" : "Reminder e-mails"),
        b.textOf(By.id("profile")));
    assertTrue(
        b.textOf(By.id("profile:timeZone_label"))
            .contains(danish ? "Den samme som organisationen" : "The same as your organisation"),
        b.textOf(By.id("profile:timeZone_label")));
    // the zone list is long: picked through its select, as a keyboard user's typing would
    ((org.openqa.selenium.JavascriptExecutor) b.driver())
        .executeScript(
            "document.getElementById('profile:timeZone_input').value = 'America/New_York'");
    b.waitFor(By.cssSelector("#profile\\:dueReminders .ui-chkbox-box")).click();
    b.click("profile:save");
    b.wait(Duration.ofSeconds(30))
        .until(
            d ->
                d.findElement(By.id("profile:displayName"))
                    .getAttribute("value")
                    .equals("Husker " + tag));
    assertEquals("ny." + email, b.waitFor(By.id("profile:email")).getAttribute("value"));
    assertEquals("America/New_York", b.textOf(By.id("profile:timeZone_label")));
    // the checkboxes' own inputs are hidden behind PrimeFaces' boxes: read, not waited for
    assertFalse(
        b.driver().findElement(By.id("profile:dueReminders_input")).isSelected(),
        "due reminders off");
    assertTrue(
        b.driver().findElement(By.id("profile:expiryReminders_input")).isSelected(),
        "expiry warnings on");
    assertTrue(
        b.waitFor(By.id("calendar")).getAttribute("href").contains("my-courses.xhtml#calendar"),
        "the calendar feed from the profile");
    shot(b, "profile-" + language);
    assertReadable(b, "profile");
    b.signOut();

    // a link works once, and then says what to do (signed out, the browser's language again)
    b.open(link);
    if (!b.driver().findElement(By.tagName("html")).getAttribute("lang").equals(language)) {
      switchTo(b, language);
    }
    WebElement invalid = b.waitFor(By.id("invalid"));
    assertTrue(
        invalid.getText().contains(danish ? "virker ikke længere" : "no longer works"),
        invalid.getText());
    assertTrue(b.waitFor(By.id("again")).isDisplayed());
    b.driver().manage().window().setSize(new Dimension(1280, 900));
  }

  /** Asks for the link for an address; the page's answer, which takes at least 0.8 s either way. */
  private static String askForLink(Browser b, String email) {
    b.open("password/forgot.xhtml");
    b.type("forgot:email", email);
    long started = System.nanoTime();
    WebElement send = b.waitFor(By.id("forgot:send"));
    send.click();
    String answer = b.waitFor(By.id("sent")).getText();
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("forgot password answered for " + email + " after " + millis + " ms");
    assertTrue(millis >= 800, "answered after " + millis + " ms");
    return answer;
  }

  /** The token of the link in the newest mail to the address, as the SMTP server received it. */
  private static String tokenMailedTo(String email) {
    String body = TestMailServer.newestBodyTo(email, Duration.ofMinutes(2));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(m.find(), "a link in the mail: " + body);
    return m.group(1);
  }

  // ---- helpers

  /** Clicks a full-page submit and waits for the next page. */

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
    // right after a sign-out the page may still be replaced while the switch is clicked (Chrome:
    // "Node with given id does not belong to the document"): click the switch of the page that
    // stays
    b.wait(Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d -> {
              d.findElement(By.id("lang:" + language)).click();
              return true;
            });
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
