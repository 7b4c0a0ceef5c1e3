package dk.tegn.web.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.i18n.Messages;
import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.SharedBrowser;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Every demo role in a real headless Chromium: sign in, home page, language, refusals. */
@ExtendWith(ArquillianExtension.class)
class DemoRolesJourneyIT {

  @ArquillianResource URL base;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("en");

  private Browser browser() {
    return BROWSER.at(base);
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "trainer", "coordinator", "intake", "trainee"})
  void eachDemoRoleReachesItsHomePageInDanishAndInEnglish(String username) throws Exception {
    Browser b = browser();
    b.signIn(username, "tegn-demo");
    b.waitFor(By.id("account:logout"));
    String home = b.path();
    assertFalse(
        home.contains("/error/") || home.contains("login"), username + " landed on " + home);
    String english = b.heading();
    assertFalse(english.isBlank());
    b.click("lang:da");
    b.waitFor(By.cssSelector("html[lang='da']"));
    assertEquals(home, b.path(), "the switch keeps the page");
    String danish = b.heading();
    assertFalse(danish.isBlank());
    assertTrue(
        b.driver().findElement(By.id("account:logout")).getText().contains("Log ud"),
        "menu in Danish");
    if (!english.equals(username) && !english.contains("Tegn")) {
      assertNotEquals(english, danish, username + ": the heading is translated");
    }
    List<String> violations = b.seriousAccessibilityViolations();
    assertEquals(List.of(), violations, username + " home page: serious accessibility problems");
    b.click("lang:en");
    b.waitFor(By.cssSelector("html[lang='en']"));
    b.signOut();
  }

  @Test
  void adminLandsOnTheAccountsScreenAndCanSearchIt() {
    Browser b = browser();
    b.signIn("admin", "tegn-demo");
    assertEquals("/admin/accounts.xhtml", b.path());
    b.type("search:term", "cadet07");
    b.click("search:go");
    // the table is re-rendered by ajax: wait for the filtered result, not the first render
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> !d.findElement(By.id("list:accounts")).getText().contains("Kadet 08"));
    String table = b.driver().findElement(By.id("list:accounts")).getText();
    assertTrue(table.contains("Kadet 07"), table);
    assertFalse(table.contains("Tina Kursist"), table);
    b.signOut();
  }

  @Test
  void pagesFitAPhoneSizedScreenWithoutSidewaysScrolling() {
    Browser b = browser();
    var window = b.driver().manage().window();
    var desktop = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(390, 844));
      b.open("login.xhtml");
      assertFitsWidth(b, "login");
      b.signIn("cadet10", "tegn-demo");
      b.waitFor(By.id("account:logout"));
      assertFitsWidth(b, b.path());
      b.signOut();
    } finally {
      window.setSize(desktop);
    }
  }

  private static void assertFitsWidth(Browser b, String page) {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertTrue(
        ((Number) overflow).intValue() <= 0, page + " scrolls sideways by " + overflow + " px");
  }

  @Test
  void adminCreatesAnAccountThatCanSignInAndThenDisablesIt() {
    Browser b = browser();
    b.signIn("admin", "tegn-demo");
    b.click("search:new");
    b.type("create:username", "tooshort");
    b.type("create:displayName", "Nina Ny");
    b.type("create:email", "nina@demo.tegn.dk");
    b.type("create:initialPassword", "kort");
    b.click("create:save");
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("create")).getText().contains("at least 12 characters"));
    b.type("create:username", "nina.ny");
    b.type("create:initialPassword", "grøn hest på taget");
    b.click("create:save");
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("growl_container")).getText().contains("nina.ny"));
    b.driver().navigate().refresh();
    b.type("search:term", "nina");
    b.click("search:go");
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("list:accounts")).getText().contains("Nina Ny"));
    b.signOut();
    b.signIn("nina.ny", "grøn hest på taget");
    b.waitFor(By.id("account:logout"));
    b.signOut();

    b.signIn("admin", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.open("admin/accounts.xhtml");
    b.type("search:term", "nina");
    b.click("search:go");
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("list:accounts")).getText().contains("Nina Ny"));
    b.driver().findElement(By.id("list:accounts")).findElement(By.linkText("Disable")).click();
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("growl_container")).getText().contains("nina.ny"));
    assertTrue(b.waitFor(By.id("list:accounts")).getText().contains("Disabled"));
    b.signOut();
    // a disabled account is refused with the same words as a wrong password (no account probing)
    b.signIn("nina.ny", "grøn hest på taget");
    assertTrue(b.waitFor(By.id("login")).getText().contains("Wrong username or password."));
  }

  /**
   * Issue 17: an administrator ticks several accounts and disables them at once, then enables them
   * again; an account already so is named as left as it was.
   */
  @Test
  void adminDisablesAndEnablesSeveralAccountsAtOnce() {
    Browser b = browser();
    b.signIn("admin", "tegn-demo");
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    for (String who : List.of("en", "to")) {
      b.open("admin/accounts.xhtml");
      b.click("search:new");
      b.type("create:username", "bulk." + who + "." + suffix);
      b.type("create:displayName", "Bulk " + who + " " + suffix);
      b.type("create:initialPassword", "grøn hest på taget");
      b.click("create:save");
      b.wait(java.time.Duration.ofSeconds(30))
          .until(d -> d.findElement(By.id("growl_container")).getText().contains(suffix));
    }
    b.open("admin/accounts.xhtml");
    b.type("search:term", suffix);
    b.click("search:go");
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> d.findElements(By.cssSelector("#list\\:accounts_data > tr")).size() == 2);

    applyToAllRows(b);
    String said = growl(b);
    assertTrue(said.contains("2 account(s) changed."), said);
    b.wait(java.time.Duration.ofSeconds(30))
        .until(
            d -> d.findElement(By.id("list:accounts")).getText().split("Disabled", -1).length == 3);

    b.choose("list:bulkAction", "Enable");
    applyToAllRows(b);
    said = growl(b);
    assertTrue(said.contains("2 account(s) changed."), said);
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> !d.findElement(By.id("list:accounts")).getText().contains("Disabled"));

    applyToAllRows(b);
    said = growl(b);
    assertTrue(said.contains("was left as it was: it already was so."), said);
  }

  /** Ticks the box of every row of the accounts list shown and applies the chosen action. */
  private static void applyToAllRows(Browser b) {
    b.clearGrowl();
    List<org.openqa.selenium.WebElement> boxes =
        b.driver().findElements(By.cssSelector("#list\\:accounts_data > tr .ui-chkbox-box"));
    assertEquals(2, boxes.size(), "a box to tick on each row");
    for (org.openqa.selenium.WebElement box : boxes) {
      box.click();
    }
    b.wait(java.time.Duration.ofSeconds(10))
        .until(
            d ->
                d.findElements(By.cssSelector("#list\\:accounts_data > tr[aria-selected='true']"))
                        .size()
                    == 2);
    b.click("list:applyBulk");
  }

  /** The growl's text once the answer to the last action is in it. */
  private static String growl(Browser b) {
    b.wait(java.time.Duration.ofSeconds(30))
        .until(d -> !b.textOf(By.id("growl_container")).isBlank());
    return b.textOf(By.id("growl_container"));
  }

  @Test
  void traineeHomeAndMyCoursesShowWhatNextAndNoErrorPage() {
    Browser b = browser();
    b.signIn("trainee", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.click("lang:en"); // whatever language another test left the account in
    b.waitFor(By.cssSelector("html[lang='en']"));
    String heading =
        Messages.get(Messages.COURSES, Locale.ENGLISH, "courses_learn_what-next.title");
    for (String page : List.of("home.xhtml", "courses/learn/my-courses.xhtml")) {
      b.open(page);
      b.waitFor(By.id("account:logout"));
      assertTrue(b.driver().findElements(By.cssSelector(".error-page")).isEmpty(), page);
      assertEquals(heading, b.waitFor(By.id("what-next-heading")).getText(), page);
    }
    // the calendar feed from the home page (issue 17)
    b.open("home.xhtml");
    b.clickAndLeave(b.waitFor(By.id("calendar")));
    b.waitFor(By.id("calendar-heading"));
    assertTrue(b.path().endsWith("my-courses.xhtml"), b.path());
    b.signOut();
  }

  /**
   * Issue 17, catalogue: a new trainee (own account, so no other test's enrolments matter) browses
   * the course catalogue in Danish and English, filters it, enrols in the open embassy starter
   * course, lands in the player, and then the catalogue says Continue; the API agrees.
   */
  @Test
  void aTraineeBrowsesTheCatalogueInBothLanguagesEnrolsAndThenContinues() throws Exception {
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    String username = "katalog." + tag;
    String password = "grøn hest på taget " + tag;
    Browser b = browser();
    b.signIn("admin", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.open("admin/accounts.xhtml");
    b.click("search:new");
    b.type("create:username", username);
    b.type("create:displayName", "Karl Katalog " + tag);
    b.type("create:email", username + "@demo.tegn.dk");
    b.type("create:initialPassword", password);
    b.click("create:save");
    b.wait(Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("growl_container")).getText().contains(username));
    b.driver().navigate().refresh(); // the dialog's mask stays over the page
    b.signOut();

    b.signIn(username, password);
    b.waitFor(By.id("account:logout"));
    catalogueLanguage(b, "da");
    b.driver().findElement(By.linkText("Kursuskatalog")).click();
    assertEquals("Kursuskatalog", b.heading());
    String embassy = "Genkend menneskehandel — ambassade- og konsulært personale";
    String police = "Genkend menneskehandel — politiet";
    b.wait(Duration.ofSeconds(30)).until(d -> catalogueText(b).contains(police));
    new org.openqa.selenium.support.ui.Select(b.waitFor(By.id("filter-audience")))
        .selectByValue("EMBASSY_CONSULAR");
    new org.openqa.selenium.support.ui.Select(b.waitFor(By.id("filter-language")))
        .selectByValue("da");
    b.click("filter-apply");
    b.wait(Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("audience=EMBASSY_CONSULAR"));
    assertTrue(catalogueText(b).contains(embassy), catalogueText(b));
    assertFalse(catalogueText(b).contains(police), "the police course is not for embassy staff");
    assertTrue(card(b, embassy).getText().contains("Ja, gyldigt i 24 måneder"));
    b.type("filter-q", "ingen-kurser-" + tag);
    b.click("filter-apply");
    assertEquals("Intet kursus passer til dit valg.", b.waitFor(By.id("none")).getText().trim());

    catalogueLanguage(b, "en");
    b.open("courses/learn/catalogue.xhtml?audience=EMBASSY_CONSULAR&q=embassy");
    assertEquals("Course catalogue", b.heading());
    String english = "Recognising human trafficking — embassy and consular staff";
    WebElement card = card(b, english);
    assertTrue(card.getText().contains("Embassy and consular staff"), card.getText());
    assertTrue(card.getText().contains("Yes, valid for 24 months"), card.getText());
    card.findElement(By.cssSelector("[id$=':enrol']")).click();
    b.wait(Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("/courses/learn/player.xhtml"));
    b.waitFor(By.id("account:logout"));
    assertTrue(b.driver().findElements(By.cssSelector(".error-page")).isEmpty());

    b.open("courses/learn/catalogue.xhtml?audience=EMBASSY_CONSULAR");
    card = card(b, english);
    assertEquals("Continue", card.findElement(By.cssSelector("a[id$=':continue']")).getText());
    assertTrue(card.findElements(By.cssSelector("[id$=':enrol']")).isEmpty());

    dk.tegn.web.testing.WebClient api = new dk.tegn.web.testing.WebClient(base);
    var offered = api.getAs("api/catalogue", username, password);
    assertEquals(200, offered.statusCode());
    assertTrue(offered.body().contains("\"title\":\"" + english + "\""), offered.body());
    var unknown =
        api.send(
            api.request("api/catalogue/999999999/enrolment")
                .header("Authorization", dk.tegn.web.testing.WebClient.basic(username, password))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertEquals(404, unknown.statusCode(), unknown.body());
    b.signOut();
  }

  private static void catalogueLanguage(Browser b, String language) {
    if (!b.driver().findElement(By.tagName("html")).getAttribute("lang").equals(language)) {
      b.click("lang:" + language);
      b.waitFor(By.cssSelector("html[lang='" + language + "']"));
    }
  }

  private static String catalogueText(Browser b) {
    return b.waitFor(By.id("content")).getText();
  }

  /** The catalogue card whose heading is {@code title}, whatever its position. */
  private static WebElement card(Browser b, String title) {
    return b.wait(Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(By.cssSelector("li.catalogue-card")).stream()
                    .filter(c -> c.findElement(By.tagName("h2")).getText().equals(title))
                    .findFirst()
                    .orElse(null));
  }

  @Test
  void traineeWhoTypesAnAdminUrlSeesTheAccessDeniedPage() {
    Browser b = browser();
    b.signIn("cadet12", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.open("admin/accounts.xhtml");
    assertEquals("Access denied", b.heading());
    b.signOut();
  }

  @Test
  void wrongPasswordSaysSoAndAfterAFewTheNextTryMustWaitAMomentButIsNeverLockedOut()
      throws InterruptedException {
    Browser b = browser();
    String said = "";
    for (int i = 1; i <= 8 && !said.contains("try again"); i++) {
      b.signIn("cadet13", "wrong-" + i);
      said = b.waitFor(By.id("login")).getText();
      assertTrue(said.contains("Wrong username or password.") || said.contains("try again"), said);
      assertTrue(i > 4 || said.contains("Wrong username"), "the first tries are free: " + i);
    }
    Matcher wait = Pattern.compile("Wait (\\d+) second").matcher(said);
    assertTrue(wait.find(), "says how long to wait: " + said);
    Thread.sleep(Long.parseLong(wait.group(1)) * 1000 + 200);
    b.signIn("cadet13", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.signOut();
  }

  @Test
  void protectedPageSendsAStrangerToTheLoginPageAndBackAfterSignIn() {
    Browser b = browser();
    b.open("account/password.xhtml");
    assertEquals("/login.xhtml", b.path());
    b.type("login:username", "cadet11");
    b.type("login:password", "tegn-demo");
    b.click("login:submit");
    b.waitFor(By.id("account:logout"));
    assertEquals("/account/password.xhtml", b.path());
    b.signOut();
  }

  @Test
  void adminFindsARefusedSignInInTheAuditLogFilteredByActorOutcomeAndDate() throws Exception {
    Browser b = browser();
    b.signIn("cadet18", "not-the-password");
    assertTrue(b.waitFor(By.id("login")).getText().contains("Wrong username or password."));
    b.signIn("admin", "tegn-demo");
    b.waitFor(By.id("account:logout"));
    b.driver().findElement(By.tagName("nav")).findElement(By.linkText("Audit log")).click();
    assertEquals("Audit log", b.heading());
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    b.type("filters:actor", "cadet18");
    b.type("filters:from_input", today.toString());
    // the account's own successful sign-ins are not refusals: nothing allowed to show
    b.choose("filters:outcome", "Allowed");
    b.click("filters:search");
    b.wait(Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("list:entries")).getText().contains("No entries match"));
    b.choose("filters:outcome", "Refused");
    b.click("filters:search");
    b.wait(Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("list:entries")).getText().contains("password"));
    List<String> rows =
        b.driver().findElements(By.cssSelector("[id='list:entries'] tbody tr")).stream()
            .map(r -> r.getText())
            .toList();
    assertFalse(rows.isEmpty());
    for (String row : rows) {
      assertTrue(row.contains("cadet18") && row.contains("Refused"), row);
    }
    // the action in words (the code "login" stays in the CSV for filtering)
    assertTrue(rows.get(0).contains("Sign-in"), rows.get(0));
    // the time is written the English way, in Danish time
    String day =
        today.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH));
    assertTrue(rows.get(0).contains(day), rows.get(0));
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "audit page");

    // the download holds what was found: posted as the button would, read as text
    String csv =
        (String)
            ((JavascriptExecutor) b.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const data = new URLSearchParams(new FormData("
                        + "document.getElementById('filters')));"
                        + "data.append('filters:csv', '');"
                        + "data.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                        + "fetch(document.getElementById('filters').action,"
                        + " {method: 'POST', body: data}).then(r => r.text()).then(done)"
                        + ".catch(e => done('failed: ' + e));");
    List<String> lines = csv.lines().toList();
    assertTrue(lines.get(0).contains("Actor (username)"), lines.get(0));
    assertEquals(rows.size(), lines.size() - 1, csv);
    assertTrue(lines.get(1).contains("cadet18") && lines.get(1).contains("Refused"), csv);
    assertTrue(lines.get(1).contains("login"), csv);
    b.signOut();
  }
}
