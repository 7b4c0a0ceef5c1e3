package dk.tegn.web.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.Keyboard;
import dk.tegn.web.testing.SharedBrowser;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The referral as its people meet it in a real headless Chromium: a trainee refers a child in
 * danger (the 112 notice first, no consent question, the reason shown), the demo officer of the
 * children's team finds it among the acute referrals and works it to an outcome, and the trainee
 * sees the status, never the details. An adult woman who consents lands in the women's queue.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralJourneyIT {

  private static final String PASSWORD = "tegn-demo";
  private static final Pattern REFERENCE = Pattern.compile("R-[0-9A-Z-]+");

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("en");

  private Browser browser() {
    return BROWSER.at(base);
  }

  @Test
  void traineeRefersAChildInDangerAndTheChildrenTeamWorksItToAnOutcome() throws Exception {
    Browser b = browser();
    String name = "Andrei " + UUID.randomUUID().toString().substring(0, 6);
    signInInEnglish(b, "trainee");
    b.waitFor(By.id("account:logout"));
    b.click("refer-case");

    // safety first: the emergency number and the hotline before anything else
    b.click("refer:dangerYes");
    String notice = b.waitFor(By.id("danger-notice")).getText();
    assertTrue(notice.contains("112"), notice);
    assertTrue(notice.contains("+45 70 20 25 50"), notice);
    b.click("refer:emergencyCalled");
    b.click("refer:continue");

    // the person: age unknown but estimated 16 counts as a child
    b.waitFor(By.id("refer:metOn"));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "person step");
    person(b, "UNKNOWN", "16", "MAN", "RO", "FORCED_CRIMINALITY", "POLICE");
    b.click("refer:personNext");

    // no consent question for a child, and the form says why
    String why = b.waitFor(By.id("refer:childNote")).getText();
    assertTrue(why.contains("Consent is not asked"), why);
    assertTrue(b.driver().findElements(By.name("refer:consent")).isEmpty());
    // the referrer's own duty to notify the municipality is asked, not handed to the centre
    assertTrue(why.contains("referring to the centre does not fulfil it"), why);
    b.driver()
        .findElement(By.cssSelector("input[name='refer:childNotification'][value='WILL_NOTIFY']"))
        .click();
    b.type("refer:personName", name);
    b.type("refer:narrative", "Has to steal a daily quota at the station");
    List<WebElement> observed =
        b.driver().findElements(By.cssSelector(".indicator input[value='OBSERVED']"));
    assertTrue(observed.size() > 5, "the checklist of the child profile");
    observed.get(0).click();
    b.waitForText("refer:signal", "Observed: 1.");
    observed.get(1).click();
    b.waitForText("refer:signal", "Observed: 2.");
    String signal = b.driver().findElement(By.id("refer:signal")).getText();
    assertFalse(signal.toLowerCase().contains("not trafficked"), signal);
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "details and checklist step");

    // a draft only on request, and gone after sending
    assertNull(draft(b), "nothing kept unasked");
    if (Boolean.TRUE.equals(
        ((JavascriptExecutor) b.driver()).executeScript("return window.isSecureContext"))) {
      b.click("draft-keep");
      b.wait(Duration.ofSeconds(10))
          .until(d -> String.valueOf(draft(b)).contains(name.substring(7)));
    } else {
      // a draft is only kept encrypted, and WebCrypto needs https or localhost (OfflineJourneyIT
      // keeps one over localhost): on this address none is offered
      assertFalse(b.driver().findElement(By.id("draft-keep")).isDisplayed(), "no draft offered");
    }

    b.click("refer:review");
    String to = b.waitFor(By.id("summary-to")).getText();
    assertTrue(to.contains("Children's team"), to);
    assertTrue(to.contains("Acute"), to);
    b.click("refer:send");
    String done = b.waitFor(By.id("referral-done")).getText();
    Matcher m = REFERENCE.matcher(done);
    assertTrue(m.find(), done);
    String reference = m.group();
    b.wait(Duration.ofSeconds(10)).until(d -> draft(b) == null); // the receipt removes the draft
    assertFalse(b.driver().getPageSource().contains(name), "the receipt repeats no details");
    b.signOut();

    // the officer: acute referrals first, this one among them
    signInInEnglish(b, "intake");
    b.waitFor(By.id("account:logout"));
    b.open("intake/queue.xhtml");
    b.waitFor(By.partialLinkText("Children's team")).click();
    List<String> rows = queueRows(b);
    int at = indexOf(rows, reference);
    assertTrue(at >= 0, reference + " in " + rows);
    assertTrue(rows.get(at).contains("Acute"), rows.get(at));
    for (String above : rows.subList(0, at)) {
      assertTrue(above.contains("Acute"), "only acute referrals above it: " + above);
    }
    assertFalse(String.join("\n", rows).contains(name), "the queue shows no identifying data");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "queue page");

    b.waitFor(By.linkText(reference)).click();
    String facts = b.waitFor(By.id("facts")).getText();
    assertTrue(facts.contains("Immediate danger was reported"), facts);
    assertTrue(b.waitFor(By.id("person")).getText().contains(name), "the officer reads it");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "referral page");

    b.type("work:comment", "Called the station");
    b.click("work:triage");
    waitForState(b, "Triaged");
    b.click("work:assign");
    waitForState(b, "Assigned");
    b.click("work:contact");
    waitForState(b, "In contact");
    new Select(b.waitFor(By.id("work:outcome"))).selectByValue("DIS_ASSESSED_AS_VICTIM");
    b.click("work:recordOutcome");
    waitForState(b, "Outcome recorded");
    String reflection = b.waitFor(By.id("facts")).getText();
    assertTrue(reflection.contains("Not yet: I will notify it myself today"), reflection);
    LocalDate ends = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(30);
    assertTrue(
        reflection.contains("Extended departure deadline (Aliens Act section 33(14)) ends on")
            && (reflection.contains(day(ends, "en"))
                || reflection.contains(day(ends.minusDays(1), "en"))),
        reflection);
    String history = b.waitFor(By.id("history")).getText();
    assertTrue(history.contains("Called the station"), history);
    // the language switch reloads the same case, with its id, in the other language
    b.click("lang:da");
    b.waitFor(By.cssSelector("html[lang='da']"));
    assertEquals("/intake/referral.xhtml", b.path());
    assertTrue(b.waitFor(By.id("history")).getText().contains("Called the station"));
    b.click("lang:en");
    b.waitFor(By.cssSelector("html[lang='en']"));
    b.signOut();

    // the referrer: the status, not the details
    signInInEnglish(b, "trainee");
    b.waitFor(By.id("account:logout"));
    b.open("refer/mine.xhtml");
    String mine = b.waitFor(By.id("mine")).getText();
    assertTrue(mine.contains(reference), mine);
    String row = queueLine(mine, reference);
    assertTrue(row.contains("Being handled"), row);
    String page = b.driver().getPageSource();
    assertFalse(page.contains(name), "no details for the referrer");
    assertFalse(page.contains("Assessed as victim"), "no outcome for the referrer");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "my referrals page");
    b.signOut();
  }

  @Test
  void adultWomanWhoConsentsLandsInTheWomenQueueAndWithoutConsentNoIdentifyingField() {
    Browser b = browser();
    signInInEnglish(b, "cadet04");
    b.waitFor(By.id("account:logout"));
    b.open("refer/new.xhtml");
    b.click("refer:dangerNo");
    b.waitFor(By.id("refer:metOn"));
    assertTrue(b.driver().findElements(By.id("danger-notice")).isEmpty());

    // each message in the user's language, next to its field
    b.click("refer:personNext");
    b.wait(Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.id("refer:region"))
                    .findElement(By.xpath(".."))
                    .getText()
                    .contains("Please fill in this field."));
    assertTrue(
        b.driver()
            .findElement(By.id("refer:profession"))
            .findElement(By.xpath(".."))
            .getText()
            .contains("Please fill in this field."));
    person(b, "ADULT", "", "WOMAN", "NG", "SEXUAL", "HEALTH");
    b.click("refer:personNext");

    // without a yes: anonymous, and the identifying fields are not even offered
    b.waitFor(By.id("refer:consent:1")).click();
    b.click("refer:consentNext");
    b.waitFor(By.id("refer:anonymousNote"));
    assertTrue(b.driver().findElements(By.id("refer:personName")).isEmpty());
    b.click("refer:detailsBack");

    String reference = consentNameAndSend(b, "Blessing", "Women's team");
    b.signOut();

    signInInEnglish(b, "intake");
    b.waitFor(By.id("account:logout"));
    b.open("intake/queue.xhtml");
    b.waitFor(By.partialLinkText("Women's team")).click();
    String row = queueLine(String.join("\n", queueRows(b)), reference);
    assertTrue(row.contains("Referral with consent"), row);
    b.signOut();
  }

  /**
   * Issue 17, defect 14: the browser's Back and Forward move between the form's steps with what was
   * entered, never asking to send the form again; Back after sending shows the receipt, not a
   * second referral; a form left for another page goes on where it was, or starts over.
   */
  @Test
  void backAndForwardMoveBetweenStepsAndNeverSendTheReferralTwice() {
    Browser b = browser();
    b.signIn("cadet07", PASSWORD);
    b.waitFor(By.id("account:logout"));
    b.open("refer/mine.xhtml");
    int before = referencesOn(b);
    b.open("refer/new.xhtml");
    b.click("refer:dangerNo");
    b.waitFor(By.id("refer:metOn"));
    person(b, "ADULT", "", "WOMAN", "UA", "FORCED_LABOUR", "HEALTH");
    b.click("refer:personNext");
    b.waitFor(By.id("refer:consent:0"));
    assertTrue(b.driver().getCurrentUrl().contains("step=CONSENT"), b.driver().getCurrentUrl());

    b.driver().navigate().back();
    assertEquals(
        "UA",
        new Select(b.waitFor(By.id("refer:nationality")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the person step again, as it was filled in");
    b.driver().navigate().forward();
    b.waitFor(By.id("refer:consent:0"));

    // another page, then the form again: it goes on, and can start over
    b.open("home.xhtml");
    b.open("refer/new.xhtml");
    assertTrue(b.waitFor(By.id("refer:resumed")).isDisplayed());
    b.waitFor(By.id("refer:consent:0"));
    b.click("refer:startOver");
    b.waitFor(By.id("refer:dangerNo")).click();
    person(b, "ADULT", "", "WOMAN", "UA", "FORCED_LABOUR", "HEALTH");
    b.click("refer:personNext");
    String reference = consentNameAndSend(b, "Olena", "Women's team");

    b.driver().navigate().back();
    String again = b.waitFor(By.id("referral-done")).getText();
    assertTrue(again.contains(reference), "Back after sending shows the receipt: " + again);
    b.open("refer/mine.xhtml");
    assertEquals(before + 1, referencesOn(b), "one referral, however Back was pressed");
    b.open("refer/new.xhtml");
    assertTrue(b.waitFor(By.id("refer:dangerNo")).isDisplayed(), "the next referral is new");
    b.signOut();
  }

  /**
   * Issue 17: the referral form with the keyboard alone (Tab, Shift-Tab, Enter, Space, the arrows),
   * in Danish on a desktop and in English on a 390-pixel phone: every control of each step is
   * reached, named and seen with the focus, and the checklist's signal update leaves the focus on
   * the answer just given. Screenshots under target/screenshots/keyboard-referral-*.
   */
  @ParameterizedTest(name = "{0}, {1} px wide")
  @CsvSource({"da,1280,cadet08", "en,390,cadet09"})
  void someoneRefersWithTheKeyboardAloneSeeingAndKeepingTheFocusOnEveryControl(
      String language, int width, String cadet) throws Exception {
    Browser b = browser();
    String shots = "keyboard-referral-" + language;
    b.driver().manage().window().setSize(new Dimension(width, 900));
    try {
      b.signIn(cadet, PASSWORD);
      b.waitFor(By.id("account:logout"));
      switchTo(b, language);
      b.open("refer/new.xhtml");
      Keyboard kb = new Keyboard(b);
      if (!b.driver().findElements(By.id("refer:startOver")).isEmpty()) {
        kb.activate("refer:startOver");
      }
      b.waitFor(By.id("refer:dangerNo"));
      kb.walkPage("safety step");
      kb.activate("refer:dangerNo");

      // the person: a date typed in the browser's order of month, day and year, lists by arrows
      b.waitFor(By.id("refer:metOn"));
      kb.walkPage("person step");
      b.screenshot(KEYBOARD_SHOTS, shots + "-person");
      kb.tabTo("refer:metOn");
      typeDate(b, kb, "refer:metOn", LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1));
      chooseWithArrows(b, kb, "refer:region", null);
      chooseWithArrows(b, kb, "refer:ageCategory", "ADULT");
      chooseWithArrows(b, kb, "refer:gender", "WOMAN");
      chooseWithArrows(b, kb, "refer:nationality", null);
      chooseWithArrows(b, kb, "refer:exploitationForm", "FORCED_LABOUR");
      chooseWithArrows(b, kb, "refer:profession", "HEALTH");
      kb.activate("refer:personNext");

      // consent with Space on the first answer (yes)
      b.waitFor(By.id("refer:consent:0"));
      kb.walkPage("consent step");
      kb.tabTo("refer:consent:0");
      kb.press(Keys.SPACE);
      assertTrue(b.driver().findElement(By.id("refer:consent:0")).isSelected());
      kb.activate("refer:consentNext");

      // the details and the checklist: an answer given with Space updates the signal by ajax, and
      // the focus stays on that answer
      b.waitFor(By.id("refer:personName"));
      kb.walkPage("details step");
      kb.tabTo("refer:personName");
      kb.press("Keyboard " + language);
      WebElement answer =
          kb.tabTo(
              "the checklist's first answer",
              e ->
                  "radio".equals(e.getAttribute("type"))
                      && e.getAttribute("name").endsWith(":answer"),
              false,
              40);
      String before = b.driver().findElement(By.id("refer:signal")).getText();
      // Space chooses the focused answer; when one was already chosen, the arrow chooses the next
      kb.press(answer.isSelected() ? Keys.ARROW_DOWN : Keys.SPACE);
      assertTrue(kb.focused().isSelected());
      kb.focusStaysWhile(
          "checklist answer", d -> !d.findElement(By.id("refer:signal")).getText().equals(before));
      b.screenshot(KEYBOARD_SHOTS, shots + "-details");
      kb.activate("refer:review");

      // the summary, sent with Enter
      b.waitFor(By.id("summary-to"));
      kb.walkPage("summary step");
      b.screenshot(KEYBOARD_SHOTS, shots + "-summary");
      kb.activate("refer:send");
      assertTrue(REFERENCE.matcher(b.waitFor(By.id("referral-done")).getText()).find());
      b.screenshot(KEYBOARD_SHOTS, shots + "-sent");
      assertEquals(List.of(), kb.problems());
      b.signOut();
    } finally {
      b.driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /**
   * Types a date into the focused date field, its parts in the browser's en-US order (month, day,
   * year). Chromium joins two digits of a part only when the second comes within a second of the
   * first (its type-ahead); on a busy machine a key can come later, the digits then land in the
   * wrong parts (the keyboard test flaked so). The field then is entered again at its first part
   * (Shift-Tab out of it, Tab back in) and the date typed again.
   */
  private static void typeDate(Browser b, Keyboard kb, String id, LocalDate date) {
    String typed = DateTimeFormatter.ofPattern("MMddyyyy").format(date);
    for (int attempt = 1; ; attempt++) {
      kb.press(typed);
      String value = b.driver().findElement(By.id(id)).getAttribute("value");
      if (date.toString().equals(value) || attempt == 3) {
        assertEquals(date.toString(), value, "the date typed into " + id);
        return;
      }
      System.out.println("typed " + typed + " into " + id + ", it shows " + value + ": again");
      for (int i = 0; i < 6 && !id.equals(kb.focusedId()); i++) {
        kb.press(Keys.chord(Keys.SHIFT, Keys.TAB)); // back into the field
      }
      for (int i = 0; i < 6 && id.equals(kb.focusedId()); i++) {
        kb.press(Keys.chord(Keys.SHIFT, Keys.TAB)); // out of it, before its first part
      }
      kb.press(Keys.TAB);
    }
  }

  /**
   * Focuses a native list with Tab and moves through it with the down arrow until it shows {@code
   * value} (null: the first real choice).
   */
  private static void chooseWithArrows(Browser b, Keyboard kb, String id, String value) {
    kb.tabTo(id);
    WebElement list = b.driver().findElement(By.id(id));
    for (int i = 0; i < 300; i++) {
      String now = list.getAttribute("value");
      if (value == null ? !now.isEmpty() : now.equals(value)) {
        return;
      }
      kb.press(Keys.ARROW_DOWN);
    }
    throw new AssertionError(id + " never showed " + value);
  }

  private static int referencesOn(Browser b) {
    Matcher m = REFERENCE.matcher(b.waitFor(By.tagName("main")).getText());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void statisticsAndRoutingAreInTheMenuOfTheCentreOnly() throws Exception {
    Browser b = browser();
    signInInEnglish(b, "coordinator");
    b.waitFor(By.id("account:logout"));
    assertTrue(b.driver().findElement(By.tagName("nav")).getText().contains("Referral statistics"));
    b.open("intake-statistics/overview.xhtml");
    assertEquals("Referral statistics", b.heading());
    assertTrue(b.driver().getPageSource().contains("Referrals per month"));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "statistics page");
    b.signOut();

    signInInEnglish(b, "admin");
    b.waitFor(By.id("account:logout"));
    assertTrue(b.driver().findElement(By.tagName("nav")).getText().contains("Intake routing"));
    b.open("admin/intake/routing.xhtml");
    assertEquals("Intake routing rules", b.heading());
    assertTrue(b.driver().getPageSource().contains("Under 18 or possibly under 18"));
    b.open("admin/intake/teams.xhtml");
    assertTrue(b.waitFor(By.id("teams")).getText().contains("intake"));
    b.signOut();

    signInInEnglish(b, "cadet05");
    b.waitFor(By.id("account:logout"));
    String menu = b.driver().findElement(By.tagName("nav")).getText();
    assertFalse(menu.contains("Referral statistics"), menu);
    assertFalse(menu.contains("Intake routing"), menu);
    b.signOut();
  }

  @Test
  void adminRoutesAnotherGenderToTheMenTeamAndChangesItsMembersThroughTheAdminPages() {
    Browser b = browser();
    String rule = "Other gender to men " + UUID.randomUUID().toString().substring(0, 6);
    signInInEnglish(b, "admin");
    b.waitFor(By.id("account:logout"));
    b.open("admin/intake/routing.xhtml");
    b.type("rule:position", "5");
    b.type("rule:name", rule);
    b.waitFor(By.cssSelector("input[name='rule:genders'][value='OTHER']")).click();
    select(b, "rule:teamId", String.valueOf(teamId(b, "Men's team")));
    b.click("rule:save");
    b.waitForText("rules:list", rule);
    String listed = queueLine(b.waitFor(By.id("rules:list")).getText(), rule);
    assertTrue(listed.contains("Men's team"), listed);
    // the demo officer leaves the men's team: it no longer reads that queue
    b.open("admin/intake/teams.xhtml");
    menTeam(b)
        .findElement(By.xpath(".//tr[contains(., '(intake)')]//button[contains(@id, 'remove')]"))
        .click();
    b.wait(Duration.ofSeconds(30)).until(d -> !menTeam(b).getText().contains("(intake)"));
    b.signOut();

    // the next referral of an adult of another gender follows the new rule
    signInInEnglish(b, "cadet06");
    b.waitFor(By.id("account:logout"));
    b.open("refer/new.xhtml");
    b.click("refer:dangerNo");
    b.waitFor(By.id("refer:metOn"));
    person(b, "ADULT", "", "OTHER", "VN", "FORCED_LABOUR", "HEALTH");
    b.click("refer:personNext");
    String reference = consentNameAndSend(b, "Minh", "Men's team");
    b.signOut();

    signInInEnglish(b, "intake");
    b.waitFor(By.id("account:logout"));
    b.open("intake/queue.xhtml");
    b.waitFor(By.partialLinkText("Women's team"));
    assertTrue(
        b.driver().findElements(By.partialLinkText("Men's team")).isEmpty(), "not a member now");
    b.signOut();

    // back in the team (and the rule gone again): the referral waits in the men's queue
    signInInEnglish(b, "admin");
    b.waitFor(By.id("account:logout"));
    b.open("admin/intake/teams.xhtml");
    WebElement username = menTeam(b).findElement(By.cssSelector("input[id$='username']"));
    username.sendKeys("intake");
    menTeam(b).findElement(By.cssSelector("button[id$='add']")).click();
    b.wait(Duration.ofSeconds(30)).until(d -> menTeam(b).getText().contains("(intake)"));
    b.open("admin/intake/routing.xhtml");
    b.waitFor(By.xpath("//tr[contains(., '" + rule + "')]//button[contains(@id, 'delete')]"))
        .click();
    b.wait(Duration.ofSeconds(30))
        .until(d -> !d.findElement(By.id("rules:list")).getText().contains(rule));
    b.signOut();

    signInInEnglish(b, "intake");
    b.waitFor(By.id("account:logout"));
    b.open("intake/queue.xhtml");
    b.waitFor(By.partialLinkText("Men's team")).click();
    String row = queueLine(String.join("\n", queueRows(b)), reference);
    assertTrue(row.contains(reference), row);
    b.signOut();
  }

  /**
   * Issue 17, defects 13 and 15, in Danish on a desktop and in English on a phone: an acute case of
   * the women's team is on the officer's first screen (every acute case of every team, oldest
   * first, each with its team; the tabs count the open cases); the case names its rule and
   * catalogue in the reader's language, the outcome must be chosen (no default), and the deadline
   * is a day in the reader's language.
   */
  @ParameterizedTest(name = "{0}, {1} px wide")
  @CsvSource({"da,1280,cadet20", "en,390,cadet18"})
  void everyAcuteCaseIsOnTheOfficersFirstScreenAndAnOutcomeIsChosenNotDefaulted(
      String language, int width, String cadet) throws Exception {
    boolean danish = language.equals("da");
    Browser b = browser();
    b.driver().manage().window().setSize(new Dimension(width, 900));
    try {
      b.signIn(cadet, PASSWORD);
      b.waitFor(By.id("account:logout"));
      b.open("refer/new.xhtml");
      b.click("refer:dangerYes");
      b.click("refer:emergencyCalled");
      b.click("refer:continue");
      b.waitFor(By.id("refer:metOn"));
      person(b, "ADULT", "", "WOMAN", "NG", "SEXUAL", "HEALTH");
      // defect 14: the form (its country list too) fits the screen, no sideways scrolling
      assertEquals(0L, sidewaysScroll(b), "referral form at " + width + " px: " + widest(b));
      b.screenshot(SHOTS, "referral-form-person-" + language);
      b.click("refer:personNext");
      // catalogue v3: the adult sexual list weighs "no money of their own" strong, with a reason
      String reference =
          consentNameAndSend(
              b,
              "Grace",
              "",
              List.of(
                  "Lav eller ingen løn, eller ingen egne penge",
                  "Low or no pay, or no money of their own"));
      b.signOut();

      b.signIn("intake", PASSWORD);
      b.waitFor(By.id("account:logout"));
      switchTo(b, language);
      b.open("intake/queue.xhtml");
      List<String> acute = queueRows(b);
      assertTrue(
          acute.get(acute.size() - 1).contains(reference),
          "the newest acute case is last, oldest first: " + acute);
      String acuteWord = danish ? "Akut" : "Acute";
      for (String row : acute) {
        assertTrue(row.contains(acuteWord), "only acute cases on the first screen: " + row);
      }
      String women = danish ? "Kvindeteamet" : "Women's team";
      assertTrue(queueLine(String.join("\n", acute), reference).contains(women), "its team");
      String tabs = b.waitFor(By.cssSelector("nav.queue-tabs")).getText();
      assertTrue(
          tabs.contains((danish ? "Akutte sager" : "Acute cases") + " (" + acute.size() + ")"),
          tabs);
      assertTrue(tabs.matches("(?s).*" + women + " \\(\\d+\\).*"), "the tab counts: " + tabs);
      assertEquals(List.of(), b.seriousAccessibilityViolations(), "acute queue " + language);
      printSidewaysScroll(b, "acute queue " + language);
      b.screenshot(SHOTS, "intake-acute-queue-" + language);

      b.waitFor(By.linkText(reference)).click();
      String routed = b.waitFor(By.id("routedBy")).getText();
      assertTrue(routed.contains(danish ? "Kvinder" : "Women"), routed);
      assertFalse(danish && routed.contains("Women"), "no English rule name in Danish: " + routed);
      String indicators = b.waitFor(By.id("indicators")).getText();
      assertTrue(indicators.contains(danish ? "ILO/EU-indikatorerne" : "ILO/EC indicators"));
      assertFalse(indicators.contains("ilo-ec"), "no catalogue key: " + indicators);
      assertTrue(
          indicators.contains(
              danish
                  ? "Stærkt tegn i denne henvisnings liste (Tegns egen vægtning). Kunderne betaler for sex"
                  : "Strong sign in this referral's list (Tegn's own weighting). Clients pay for sex"),
          "the weight of an observed sign in the referral's list, and why: " + indicators);
      b.click("work:triage");
      waitForState(b, danish ? "Visiteret" : "Triaged");
      assertEquals(
          "",
          new Select(b.waitFor(By.id("work:outcome")))
              .getFirstSelectedOption()
              .getAttribute("value"),
          "no outcome is chosen for the officer");
      b.click("work:recordOutcome");
      b.waitForText(
          "work",
          danish
              ? "Vælg udfaldet, før du registrerer det."
              : "Choose the outcome before recording it.");
      assertTrue(b.waitFor(By.id("facts")).getText().contains(danish ? "Visiteret" : "Triaged"));
      b.screenshot(SHOTS, "intake-outcome-required-" + language);
      select(b, "work:outcome", "DIS_ASSESSED_AS_VICTIM");
      b.click("work:recordOutcome");
      waitForState(b, danish ? "Udfald registreret" : "Outcome recorded");
      LocalDate ends = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(30);
      String facts = b.waitFor(By.id("facts")).getText();
      assertTrue(
          facts.contains(day(ends, language)) || facts.contains(day(ends.minusDays(1), language)),
          facts);
      assertFalse(facts.contains(ends.toString()), "no ISO day: " + facts);
      assertEquals(List.of(), b.seriousAccessibilityViolations(), "referral page " + language);
      printSidewaysScroll(b, "referral page " + language);
      b.screenshot(SHOTS, "intake-referral-" + language);
      // closed, so the acute list of later runs stays short
      b.click("work:close");
      waitForState(b, danish ? "Lukket" : "Closed");
    } finally {
      // the demo officer is shared with the other tests, which read it in English
      if (!b.driver().findElements(By.id("lang:en")).isEmpty()) {
        switchTo(b, "en");
      }
      b.driver().manage().window().setSize(new Dimension(1280, 900));
    }
    b.signOut();
  }

  private static final Path SHOTS = Path.of("target", "screenshots", "daily-experience");
  private static final Path KEYBOARD_SHOTS = Path.of("target", "screenshots");

  /** A calendar day as the intake pages write it in the language. */
  private static String day(LocalDate date, String language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(Locale.forLanguageTag(language))
        .format(date);
  }

  /**
   * Signs in and shows the pages in English: a language chosen while signed in is remembered on the
   * account, and other journeys sharing the IT database switch the same demo accounts.
   */
  private static void signInInEnglish(Browser b, String username) {
    b.signIn(username, PASSWORD);
    b.waitFor(By.id("account:logout"));
    switchTo(b, "en");
  }

  private static void switchTo(Browser b, String language) {
    if (b.driver().findElement(By.tagName("html")).getAttribute("lang").equals(language)) {
      return;
    }
    WebElement switcher = b.waitFor(By.id("lang:" + language));
    b.clickAndLeave(switcher);
    b.waitFor(By.cssSelector("html[lang='" + language + "']"));
  }

  /** Sideways scrolling on a phone is printed (the referral form's class of defect 14). */
  private static void printSidewaysScroll(Browser b, String page) {
    System.out.println(page + " scrolls sideways by " + sidewaysScroll(b) + " px");
  }

  /** What sticks out to the right of the screen, for the failure message. */
  private static Object widest(Browser b) {
    return ((JavascriptExecutor) b.driver())
        .executeScript(
            "var w = document.documentElement.clientWidth;"
                + "return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                + ".slice(-5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().right)).join(', ');");
  }

  private static long sidewaysScroll(Browser b) {
    return ((Number)
            ((JavascriptExecutor) b.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;"))
        .longValue();
  }

  /** The team's id as the rule form offers it. */
  private static long teamId(Browser b, String name) {
    return Long.parseLong(
        b.waitFor(By.id("rule:teamId"))
            .findElement(By.xpath(".//option[normalize-space()=\"" + name + "\"]"))
            .getAttribute("value"));
  }

  private static WebElement menTeam(Browser b) {
    return b.waitFor(By.xpath("//section[h2[normalize-space()=\"Men's team\"]]"));
  }

  private static void person(
      Browser b,
      String age,
      String years,
      String gender,
      String nationality,
      String exploitation,
      String profession) {
    ((JavascriptExecutor) b.driver())
        .executeScript(
            "arguments[0].value = arguments[1];",
            b.waitFor(By.id("refer:metOn")),
            LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString());
    select(b, "refer:region", "HOVEDSTADEN");
    select(b, "refer:ageCategory", age);
    if (!years.isEmpty()) {
      b.type("refer:estimatedAge", years);
    }
    select(b, "refer:gender", gender);
    select(b, "refer:nationality", nationality);
    select(b, "refer:exploitationForm", exploitation);
    select(b, "refer:profession", profession);
  }

  /**
   * From the consent step on: the person consents and is named, the summary names {@code team} as
   * the receiver, and the referral is sent; returns its reference.
   */
  private static String consentNameAndSend(Browser b, String name, String team) {
    return consentNameAndSend(b, name, team, List.of());
  }

  /**
   * As above, answering "observed" for one indicator, named by its text in each language the form
   * may be in (none: no indicator).
   */
  private static String consentNameAndSend(
      Browser b, String name, String team, List<String> indicatorTexts) {
    b.waitFor(By.id("refer:consent:0")).click();
    b.click("refer:consentNext");
    b.type("refer:personName", name);
    if (!indicatorTexts.isEmpty()) {
      String legend =
          String.join(
              " or ", indicatorTexts.stream().map(t -> "normalize-space()=\"" + t + "\"").toList());
      b.waitFor(
              By.xpath(
                  "//fieldset[contains(concat(' ', @class, ' '), ' indicator ')][legend["
                      + legend
                      + "]]//input[@value='OBSERVED']"))
          .click();
      b.waitForText("refer:signal", ": 1.");
    }
    b.click("refer:review");
    String to = b.waitFor(By.id("summary-to")).getText();
    assertTrue(to.contains(team), to);
    b.click("refer:send");
    Matcher m = REFERENCE.matcher(b.waitFor(By.id("referral-done")).getText());
    assertTrue(m.find(), "a reference on the receipt");
    return m.group();
  }

  private static void select(Browser b, String id, String value) {
    new Select(b.waitFor(By.id(id))).selectByValue(value);
  }

  /**
   * The draft kept on the device: its fields (decrypted by the form's own script) on the form,
   * "encrypted" elsewhere when one is kept, or null.
   */
  private static Object draft(Browser b) {
    return ((JavascriptExecutor) b.driver())
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + " if (window.TegnReferralDraft) {"
                + "   TegnReferralDraft.read().then(d => done(d ? JSON.stringify(d) : null), () => done(null));"
                + "   return; }"
                + " var open = indexedDB.open('tegn-referral', 1);"
                + " open.onupgradeneeded = () => open.result.createObjectStore('draft');"
                + " open.onsuccess = () => {"
                + "   var get = open.result.transaction('draft').objectStore('draft').get('draft');"
                + "   get.onsuccess = () => { open.result.close(); done(get.result ? 'encrypted' : null); };"
                + " };");
  }

  private static List<String> queueRows(Browser b) {
    b.waitFor(By.id("queue"));
    return b.driver().findElements(By.cssSelector("#queue tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static int indexOf(List<String> rows, String reference) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(reference)) {
        return i;
      }
    }
    return -1;
  }

  private static String queueLine(String text, String reference) {
    return text.lines().filter(l -> l.contains(reference)).findFirst().orElse(text);
  }

  private static void waitForState(Browser b, String state) {
    b.waitForText("facts", state);
  }
}
