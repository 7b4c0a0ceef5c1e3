package dk.tegn.web.assessments;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The demo trainer builds the quiz of the assessments issue in the browser: questions of several
 * types written in the editor (Danish and English, per-choice feedback, a scenario with
 * sub-questions) beside an imported bank, a quiz drawing 10 of the category's 30 questions plus two
 * scenarios, 80 % to pass, 20 minutes; trainees take it over the REST API; the statistics page then
 * shows each question's facility and discrimination, which the test computes on its own from the
 * answers it gave.
 */
@ExtendWith(ArquillianExtension.class)
class QuizAuthoringIT {

  private static final List<String> TRAINEES =
      List.of("cadet11", "cadet12", "cadet13", "cadet14", "cadet15", "cadet16");

  @ArquillianResource URL base;

  /**
   * A question as the test wrote it: its text in Danish and English (a trainee reads their own
   * language) and how to answer it.
   */
  private record Written(String code, List<String> texts, Answerer answerer) {}

  /** Builds the response a trainee gives, right or wrong, from the attempt's view of it. */
  private interface Answerer {
    /** The response, or null for leaving the question unanswered. */
    JsonObject answer(JsonObject question, boolean right);
  }

  @Test
  void aTrainerBuildsARandomQuizWithScenariosAndReadsFacilityAndDiscrimination() throws Exception {
    String key = "qa" + UUID.randomUUID().toString().substring(0, 6);
    QuizApi api = new QuizApi(base);
    Map<String, Written> questions = new LinkedHashMap<>();
    HttpResponse<String> imported = api.importBank(importedBank(key, questions), false, "trainer");
    assertEquals(201, imported.statusCode(), imported.body());

    long quizId;
    try (Browser b = new Browser(base)) {
      b.signIn("trainer", QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      writeQuestionsInTheEditor(b, key, questions);
      quizId = buildTheQuiz(b, key);
    }

    List<Map<String, Double>> attempts = new ArrayList<>();
    for (int t = 0; t < TRAINEES.size(); t++) {
      attempts.add(takeTheQuiz(api, TRAINEES.get(t), t, quizId, questions));
    }

    try (Browser b = new Browser(base)) {
      b.signIn("trainer", QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      b.open("assessments/stats/quiz.xhtml?id=" + quizId);
      b.waitFor(By.id("questions"));
      assertEquals(List.of(), b.seriousAccessibilityViolations(), "statistics page");
      String overall = b.driver().findElement(By.cssSelector("dl.figures")).getText();
      assertTrue(overall.startsWith("Attempts\n6\n"), overall);
      Map<String, List<String>> rows = statisticsRows(b);
      assertEquals(expectedCodes(attempts), rows.keySet(), "a row for every question shown");
      for (var row : rows.entrySet()) {
        checkRow(row.getKey(), row.getValue(), attempts);
      }
      assertTrue(
          rows.get("case-a").get(0).startsWith("A girl of 16 in a massage clinic."),
          "the trainer reads the English the editor saved: " + rows.get("case-a"));
      assertNotEquals("–", rows.get("case-a").get(3), "case-a separates strong and weak");
    }
  }

  /**
   * The trainer's import of other formats on the banks page: a GIFT file is previewed (what would
   * come in, and each question that cannot, with why) and then imported; a QTI package with two
   * unreadable items and a GIFT file with a broken question after good ones are refused whole, each
   * problem named in the form, and nothing of them reaches the banks.
   */
  @Test
  void aTrainerImportsAGiftFileAndBrokenFilesAreRefusedWhole() throws Exception {
    String good = "gift" + UUID.randomUUID().toString().substring(0, 6);
    String half = "half" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser b = new Browser(base)) {
      b.signIn("trainer", QuizApi.PASSWORD).waitFor(By.id("account:logout"));
      b.open("assessments/author/banks.xhtml");

      previewFile(
          b,
          "gift",
          textFile(
              "tegn.gift",
              "$CATEGORY: $course$/top/"
                  + good
                  + "\n\n::Pas::Hvem bør have passet? {=Personen selv ~Arbejdsgiveren}\n\n"
                  + "::Samtykke::Et barn kan give samtykke til at blive udnyttet. {FALSE}\n\n"
                  + "::Alder::Under hvilken alder er man et barn? {#18}\n\n"
                  + "::Beskriv::Beskriv et tegn på menneskehandel. {}\n"));
      assertEquals("3", b.waitFor(By.cssSelector("#preview-count strong")).getText());
      List<String> unmapped =
          b.driver().findElements(By.cssSelector("#unmapped tbody tr")).stream()
              .map(WebElement::getText)
              .filter(row -> row.contains("Beskriv"))
              .toList();
      assertEquals(1, unmapped.size(), "the essay is named with why: " + unmapped);
      assertTrue(unmapped.get(0).startsWith("tegn.gift Beskriv"), unmapped.toString());
      assertTrue(unmapped.get(0).contains("essay"), unmapped.toString());
      assertEquals(List.of(), categoryRows(b, good), "a preview saves nothing");
      submit(b, "moodle:moodleImportButton");
      assertEquals(List.of(List.of(good, "3")), categoryRows(b, good));

      String banksBefore = b.waitFor(By.id("banks:categories")).getText();
      previewFile(
          b,
          "qti",
          zipFile(
              "broken-qti.zip",
              Map.of(
                  "items/good.xml",
                  QTI_ITEM,
                  "items/cut.xml",
                  "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"",
                  "items/notes.xml",
                  "these are notes, not XML")));
      assertEquals(
          Set.of("items/cut.xml: not readable XML", "items/notes.xml: not readable XML"),
          Set.copyOf(problems(b)),
          "each problem named");
      assertTrue(
          b.driver().findElements(By.id("moodle:moodleImportButton")).isEmpty(),
          "nothing to import from a refused file");

      previewFile(
          b,
          "gift",
          textFile(
              "half.gift",
              "$CATEGORY: $course$/top/"
                  + half
                  + "\n\n::Pas::Hvem bør have passet? {=Personen selv ~Arbejdsgiveren}\n\n"
                  + "::Alder::Hvor gammel? {#1..atten}\n"));
      List<String> giftProblems = problems(b);
      assertEquals(1, giftProblems.size(), giftProblems.toString());
      assertTrue(
          giftProblems.get(0).startsWith("half.gift: not a readable GIFT file"),
          giftProblems.toString());
      assertEquals(List.of(), categoryRows(b, half), "not the good question before the bad one");
      assertEquals(banksBefore, b.waitFor(By.id("banks:categories")).getText(), "banks as before");
    }
  }

  /** A QTI 2.1 single-choice item that is fine on its own. */
  private static final String QTI_ITEM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="pas"
          title="Pas" adaptive="false" timeDependent="false">
        <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
          <correctResponse><value>A</value></correctResponse>
        </responseDeclaration>
        <itemBody>
          <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
            <prompt>Hvem bør have passet?</prompt>
            <simpleChoice identifier="A">Personen selv</simpleChoice>
            <simpleChoice identifier="B">Arbejdsgiveren</simpleChoice>
          </choiceInteraction>
        </itemBody>
      </assessmentItem>
      """;

  /** Chooses the format, uploads the file and asks for the preview, which reloads the page. */
  private static void previewFile(Browser b, String format, Path file) {
    int option = List.of("moodle-xml", "gift", "qti").indexOf(format);
    WebElement formats = b.waitFor(By.id("moodle:format"));
    formats.findElements(By.cssSelector(".ui-radiobutton-box")).get(option).click();
    b.wait(Duration.ofSeconds(10))
        .until(
            d ->
                formats.findElements(By.cssSelector("input[type=radio]")).get(option).isSelected());
    b.waitFor(By.id("moodle:upload")).sendKeys(file.toAbsolutePath().toString());
    submit(b, "moodle:previewButton");
  }

  private static List<String> problems(Browser b) {
    return b.waitFor(By.id("moodle")).findElements(By.cssSelector(".problems li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The rows (code, question count) of the categories table whose code is {@code code}. */
  private static List<List<String>> categoryRows(Browser b, String code) {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row :
        b.waitFor(By.id("banks:categories")).findElements(By.cssSelector("tbody tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      if (cells.size() > 2 && cells.get(0).getText().endsWith(code)) {
        rows.add(
            List.of(
                cells.get(0).getText().replaceFirst("(?s).*\\n", ""),
                cells.get(2).getText().replaceFirst("(?s).*\\n", "")));
      }
    }
    return rows;
  }

  private static Path textFile(String name, String text) throws IOException {
    Path file = Files.createTempDirectory("bank").resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Path zipFile(String name, Map<String, String> entries) throws IOException {
    Path file = Files.createTempDirectory("bank").resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  // ---------------------------------------------------------------- the editors

  private void writeQuestionsInTheEditor(Browser b, String key, Map<String, Written> questions)
      throws Exception {
    b.open("assessments/author/banks.xhtml");
    submitLink(b, By.linkText(key + "-pool"));
    String pool = b.driver().getCurrentUrl();

    // single choice, with feedback for each choice, in Danish and English
    newQuestion(b, pool, "debt", null);
    submit(b, "question:save");
    assertTrue(
        messageNextTo(b, "question:code").contains("Give the question a key"),
        "a missing key is named next to its field");
    b.type("question:code", "debt");
    pair(
        form(b),
        "text",
        "Hvilket tegn peger på gældsbinding?",
        "Which sign points to debt bondage?");
    submit(b, "question:addChoice");
    List<WebElement> choices = rows(form(b));
    pair(choices.get(0), "choiceText", "Gæld til arbejdsgiveren", "Debt to the employer");
    pair(choices.get(0), "choiceFeedback", "Rigtigt: gælden binder", "Right: the debt binds");
    tick(choices.get(0));
    pair(choices.get(1), "choiceText", "Fast løn", "A fixed wage");
    pair(
        choices.get(1), "choiceFeedback", "Nej: fast løn er normalt", "No: a fixed wage is normal");
    pair(choices.get(2), "choiceText", "Egen lejlighed", "An own flat");
    pair(form(b), "feedback", "Gæld bruges til kontrol.", "Debt is used for control.");
    submit(b, "question:save");
    assertEquals("Question debt", b.heading());
    String saved = b.driver().getPageSource();
    assertTrue(
        saved.contains("Right: the debt binds") && saved.contains("Nej: fast løn er normalt"));
    questions.put(
        "debt",
        new Written(
            "debt",
            t("Hvilket tegn peger på gældsbinding?", "Which sign points to debt bondage?"),
            choice(
                t("Gæld til arbejdsgiveren", "Debt to the employer"),
                t("Fast løn", "A fixed wage"))));

    // multiple response
    newQuestion(b, pool, "signs", "Multiple response");
    pair(form(b), "text", "Vælg alle tegn på tvang", "Pick every sign of coercion");
    submit(b, "question:addChoice");
    choices = rows(form(b));
    pair(choices.get(0), "choiceText", "Pas inddraget", "Passport taken");
    tick(choices.get(0));
    pair(choices.get(1), "choiceText", "Trusler", "Threats");
    tick(choices.get(1));
    pair(choices.get(2), "choiceText", "Ferie", "Holidays");
    submit(b, "question:save");
    assertEquals("Question signs", b.heading());
    questions.put(
        "signs",
        new Written(
            "signs",
            t("Vælg alle tegn på tvang", "Pick every sign of coercion"),
            (q, right) ->
                keys(
                    right
                        ? List.of(
                            option(q, t("Pas inddraget", "Passport taken")),
                            option(q, t("Trusler", "Threats")))
                        : List.of(option(q, t("Ferie", "Holidays"))))));

    // ordering: written out of order, then put right with the arrows
    newQuestion(b, pool, "route", "Ordering");
    pair(
        form(b),
        "text",
        "Sæt henvisningens trin i rækkefølge",
        "Put the referral's steps in order");
    submit(b, "question:addItem");
    pair(rows(form(b)).get(0), "item", "Mistanke", "Suspicion");
    pair(rows(form(b)).get(1), "item", "Henvisning", "Referral");
    pair(rows(form(b)).get(2), "item", "Vurdering", "Assessment");
    WebElement up = rows(form(b)).get(2).findElement(By.cssSelector("button[id$=':up']"));
    submit(b, up);
    submit(b, "question:preview");
    assertTrue(
        b.driver().findElement(By.id("preview-heading")).isDisplayed(), "the preview is shown");
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "question editor with preview");
    submit(b, "question:save");
    assertEquals("Question route", b.heading());
    questions.put(
        "route",
        new Written(
            "route",
            t("Sæt henvisningens trin i rækkefølge", "Put the referral's steps in order"),
            (q, right) ->
                right
                    ? keys(
                        List.of(
                            option(q, t("Mistanke", "Suspicion")),
                            option(q, t("Vurdering", "Assessment")),
                            option(q, t("Henvisning", "Referral"))))
                    : null));

    // a scenario with two sub-questions, in the other category
    b.open("assessments/author/banks.xhtml");
    submitLink(b, By.linkText(key + "-cases"));
    String cases = b.driver().getCurrentUrl();
    newQuestion(b, cases, "case-a", "Scenario");
    pair(
        form(b),
        "text",
        "En 16-årig pige i en massageklinik.",
        "A girl of 16 in a massage clinic.");
    submit(b, "question:addPart");
    submit(b, "question:addPart");
    WebElement secondType =
        parts(b).get(1).findElement(By.cssSelector("div.ui-selectonemenu[id$=':type']"));
    chooseAndReload(b, secondType.getAttribute("id"), "True/false");
    WebElement first = parts(b).get(0);
    pair(first, "text", "Hvem skal have henvisningen?", "Who gets the referral?");
    choices = rows(first);
    pair(choices.get(0), "choiceText", "Børneteamet", "The children's team");
    tick(choices.get(0));
    pair(choices.get(1), "choiceText", "Kvindeteamet", "The women's team");
    pair(choices.get(1), "choiceFeedback", "Nej: hun er under 18", "No: she is under 18");
    WebElement second = parts(b).get(1);
    pair(second, "text", "Hun kan give samtykke til at blive udnyttet", "She can consent to it");
    second.findElement(By.xpath(".//label[normalize-space()='False']")).click();
    submit(b, "question:save");
    assertEquals("Question case-a", b.heading());
    questions.put(
        "case-a",
        new Written(
            "case-a",
            t("En 16-årig pige i en massageklinik.", "A girl of 16 in a massage clinic."),
            (q, right) ->
                parts(
                    q,
                    List.of(
                        choice(
                            t("Børneteamet", "The children's team"),
                            t("Kvindeteamet", "The women's team")),
                        (p, r) -> keys(List.of(r ? "false" : "true"))),
                    right)));
  }

  private long buildTheQuiz(Browser b, String key) throws Exception {
    b.open("assessments/author/banks.xhtml");
    String poolRow =
        b.waitFor(By.xpath("//a[text()='" + key + "-pool']/ancestor::tr[1]")).getText();
    assertTrue(poolRow.contains(" 30 "), "27 imported and 3 written make 30: " + poolRow);
    submitLink(b, By.id("banks:newQuiz"));
    b.type("quiz:code", key + "-quiz");
    b.type("quiz:titleDa", "Tegn på menneskehandel " + key);
    b.type("quiz:titleEn", "Signs of trafficking " + key);
    number(b, "quiz:passMark_input", "80");
    number(b, "quiz:timeLimit_input", "20");
    b.click("quiz:shared"); // the cadets of the police school take it
    submit(b, "quiz:saveSettings");
    String url = b.driver().getCurrentUrl();
    assertTrue(url.contains("id="), url);
    long quizId = Long.parseLong(url.replaceFirst(".*[?&]id=(\\d+).*", "$1"));

    chooseAndReload(b, "slots:category", "(" + key + "-pool)");
    number(b, "slots:drawCount_input", "31");
    submit(b, "slots:addRandom");
    assertTrue(
        messageNextTo(b, "slots:drawCount").contains("the category has only 30"),
        "a draw larger than the category is refused next to the number");
    number(b, "slots:drawCount_input", "10");
    submit(b, "slots:addRandom");
    chooseAndReload(b, "slots:category", "(" + key + "-cases)");
    b.choose("slots:question", "case-a:");
    submit(b, "slots:addQuestion");
    b.choose("slots:question", "case-b:");
    submit(b, "slots:addQuestion");

    String slots = b.driver().findElement(By.id("slots")).getText();
    assertTrue(slots.contains("Questions (12 per attempt)"), slots);
    assertTrue(slots.contains("10 random from Pool " + key), slots);
    assertTrue(slots.contains("case-a: A girl of 16") && slots.contains("case-b: "), slots);
    assertEquals(List.of(), b.seriousAccessibilityViolations(), "quiz editor");
    return quizId;
  }

  // ---------------------------------------------------------------- the trainees

  /**
   * Starts, answers and submits one attempt: trainee {@code t} answers a question right when {@code
   * t} reaches its difficulty (so stronger trainees know more), except case-b, which every other
   * trainee gets right whatever their strength. A wrong answer earns nothing: the wrong choice,
   * only the wrong choice of a multiple response, an ordering left unanswered.
   *
   * @return the fraction each question of the attempt earned, by the grading rules of the format
   */
  private Map<String, Double> takeTheQuiz(
      QuizApi api, String trainee, int t, long quizId, Map<String, Written> questions)
      throws Exception {
    JsonObject attempt = api.started(trainee, quizId);
    assertEquals(
        Duration.ofMinutes(20),
        Duration.between(
            Instant.parse(attempt.getString("startedAt")),
            Instant.parse(attempt.getString("deadline"))),
        "the time limit set in the editor");
    long attemptId = attempt.getJsonNumber("id").longValue();
    List<JsonObject> shown = attempt.getJsonArray("questions").getValuesAs(JsonObject.class);
    assertEquals(12, shown.size());
    Map<String, Double> given = new LinkedHashMap<>();
    for (JsonObject q : shown) {
      Written w =
          questions.values().stream()
              .filter(x -> x.texts().contains(q.getString("text")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("unknown question " + q));
      boolean right =
          switch (w.code()) {
            case "case-a" -> t >= 2;
            case "case-b" -> t % 2 == 0;
            default -> t >= Math.floorMod(w.code().hashCode(), 6);
          };
      JsonObject response = w.answerer().answer(q, right);
      if (response != null) {
        HttpResponse<String> saved =
            api.save(trainee, attemptId, q.getInt("slot"), response.toString());
        assertEquals(200, saved.statusCode(), saved.body());
      }
      given.put(w.code(), right ? 1.0 : 0.0);
    }
    HttpResponse<String> submitted = api.submit(trainee, attemptId);
    assertEquals(200, submitted.statusCode(), submitted.body());
    if (given.get("case-a") == 0.0) {
      assertTrue(
          submitted.body().contains("Nej: hun er under 18")
              || submitted.body().contains("No: she is under 18"),
          "the feedback of the choice picked is in the review: " + submitted.body());
    }
    return given;
  }

  // ---------------------------------------------------------------- the statistics

  /** By question key: text, attempts, facility, discrimination as the page shows them. */
  private static Map<String, List<String>> statisticsRows(Browser b) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (WebElement tr : b.driver().findElements(By.cssSelector("#questions_data > tr"))) {
      List<WebElement> cells = tr.findElements(By.cssSelector(":scope > td"));
      String hint = cells.get(0).findElement(By.cssSelector(".hint")).getText();
      String code = hint.substring(0, hint.indexOf(" · "));
      rows.put(
          code,
          List.of(
              cells.get(0).getText(),
              value(cells.get(1)),
              value(cells.get(2)),
              value(cells.get(3))));
    }
    return rows;
  }

  /** A cell's figure; the column title that reflow adds is hidden on a wide screen. */
  private static String value(WebElement cell) {
    return cell.getText().trim();
  }

  private static Set<String> expectedCodes(List<Map<String, Double>> attempts) {
    Set<String> codes = new HashSet<>();
    attempts.forEach(a -> codes.addAll(a.keySet()));
    return codes;
  }

  /**
   * Facility: the mean fraction in percent. Discrimination: Pearson's correlation, times 100,
   * between the fraction on the question and the sum of the attempt's other fractions; undefined
   * below two attempts or when either never varies.
   */
  private static void checkRow(String code, List<String> row, List<Map<String, Double>> attempts) {
    List<Double> x = new ArrayList<>();
    List<Double> rest = new ArrayList<>();
    for (Map<String, Double> attempt : attempts) {
      Double f = attempt.get(code);
      if (f != null) {
        x.add(f);
        rest.add(attempt.values().stream().mapToDouble(d -> d).sum() - f);
      }
    }
    assertEquals(String.valueOf(x.size()), row.get(1), code + " attempts");
    double facility = 100 * x.stream().mapToDouble(d -> d).average().orElseThrow();
    assertFigure(facility, row.get(2), code + " facility");
    Double discrimination = correlation(x, rest);
    if (discrimination == null) {
      assertEquals("–", row.get(3), code + " discrimination");
    } else {
      assertFigure(100 * discrimination, row.get(3), code + " discrimination");
    }
  }

  private static Double correlation(List<Double> x, List<Double> y) {
    int n = x.size();
    if (n < 2) {
      return null;
    }
    double mx = x.stream().mapToDouble(d -> d).average().orElseThrow();
    double my = y.stream().mapToDouble(d -> d).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x.get(i) - mx) * (y.get(i) - my);
      sxx += (x.get(i) - mx) * (x.get(i) - mx);
      syy += (y.get(i) - my) * (y.get(i) - my);
    }
    return sxx < 1e-9 || syy < 1e-9 ? null : sxy / Math.sqrt(sxx * syy);
  }

  /** The page rounds to one decimal; allow for the last digit's rounding. */
  private static void assertFigure(double expected, String shown, String what) {
    assertNotNull(shown, what);
    double value = Double.parseDouble(shown.replace('−', '-'));
    assertTrue(
        Math.abs(expected - value) <= 0.051,
        what + ": expected " + String.format(Locale.ENGLISH, "%.1f", expected) + ", page " + shown);
  }

  // ---------------------------------------------------------------- the imported part of the bank

  /**
   * 27 single-choice questions in the pool (the editor adds three to make 30) and the second
   * scenario; records how to answer each.
   */
  private static String importedBank(String key, Map<String, Written> questions) {
    JsonArrayBuilder pool = JSON.createArrayBuilder();
    for (int i = 1; i <= 27; i++) {
      String code = String.format("q%02d", i);
      String right = "Ret svar " + i;
      String wrong = "Forkert svar " + i;
      pool.add(
          JSON.createObjectBuilder()
              .add("key", code)
              .add("type", "single-choice")
              .add("text", text("Spørgsmål " + i + " om tegn", "Question " + i + " on signs"))
              .add(
                  "choices",
                  JSON.createArrayBuilder()
                      .add(choiceJson("a", right, "Right answer " + i, true))
                      .add(choiceJson("b", wrong, "Wrong answer " + i, false))));
      questions.put(
          code,
          new Written(
              code,
              t("Spørgsmål " + i + " om tegn", "Question " + i + " on signs"),
              choice(t(right, "Right answer " + i), t(wrong, "Wrong answer " + i))));
    }
    JsonObject caseB =
        JSON.createObjectBuilder()
            .add("key", "case-b")
            .add("type", "scenario")
            .add(
                "text",
                text("En mand arbejder uden løn på en gård.", "A man works unpaid on a farm."))
            .add(
                "subQuestions",
                JSON.createArrayBuilder()
                    .add(
                        JSON.createObjectBuilder()
                            .add("key", "forced")
                            .add("type", "true-false")
                            .add(
                                "text",
                                text("Kan det være tvangsarbejde?", "Can it be forced labour?"))
                            .add("answer", true))
                    .add(
                        JSON.createObjectBuilder()
                            .add("key", "team")
                            .add("type", "single-choice")
                            .add("text", text("Hvilket team?", "Which team?"))
                            .add(
                                "choices",
                                JSON.createArrayBuilder()
                                    .add(choiceJson("m", "Mændenes team", "The men's team", true))
                                    .add(
                                        choiceJson(
                                            "c", "Børneteamet", "The children's team", false)))))
            .build();
    questions.put(
        "case-b",
        new Written(
            "case-b",
            t("En mand arbejder uden løn på en gård.", "A man works unpaid on a farm."),
            (q, right) ->
                parts(
                    q,
                    List.of(
                        (p, r) -> keys(List.of(r ? "true" : "false")),
                        choice(
                            t("Mændenes team", "The men's team"),
                            t("Børneteamet", "The children's team"))),
                    right)));
    return JSON.createObjectBuilder()
        .add("format", "tegn-bank/1")
        .add(
            "categories",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("key", key + "-pool")
                        .add("name", text("Pulje " + key, "Pool " + key))
                        .add("questions", pool))
                .add(
                    JSON.createObjectBuilder()
                        .add("key", key + "-cases")
                        .add("name", text("Sager " + key, "Cases " + key))
                        .add("questions", JSON.createArrayBuilder().add(caseB))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder text(String da, String en) {
    return JSON.createObjectBuilder().add("da", da).add("en", en);
  }

  private static JsonObjectBuilder choiceJson(String key, String da, String en, boolean correct) {
    return JSON.createObjectBuilder()
        .add("key", key)
        .add("text", text(da, en))
        .add("correct", correct);
  }

  // ---------------------------------------------------------------- answers

  private static List<String> t(String da, String en) {
    return List.of(da, en);
  }

  private static Answerer choice(List<String> rightTexts, List<String> wrongTexts) {
    return (q, right) -> keys(List.of(option(q, right ? rightTexts : wrongTexts)));
  }

  /** A scenario's response: each sub-question answered right or wrong alike. */
  private static JsonObject parts(JsonObject q, List<Answerer> answerers, boolean right) {
    List<JsonObject> shown = q.getJsonArray("parts").getValuesAs(JsonObject.class);
    assertEquals(answerers.size(), shown.size());
    JsonObjectBuilder parts = JSON.createObjectBuilder();
    for (int i = 0; i < shown.size(); i++) {
      parts.add(shown.get(i).getString("part"), answerers.get(i).answer(shown.get(i), right));
    }
    return JSON.createObjectBuilder().add("parts", parts).build();
  }

  /** The public key of the option with one of these texts (the trainee's language). */
  private static String option(JsonObject q, List<String> texts) {
    return q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
        .filter(o -> texts.contains(o.getString("text", null)))
        .map(o -> o.getString("key"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option " + texts + " in " + q));
  }

  private static JsonObject keys(List<String> keys) {
    return JSON.createObjectBuilder().add("keys", JSON.createArrayBuilder(keys)).build();
  }

  // ---------------------------------------------------------------- the browser

  private static WebElement form(Browser b) {
    return b.driver().findElement(By.id("question"));
  }

  /** The choice, pair or item rows of a question or sub-question. */
  private static List<WebElement> rows(SearchContext scope) {
    return scope.findElements(By.cssSelector("fieldset.choice"));
  }

  private static List<WebElement> parts(Browser b) {
    return b.driver().findElements(By.cssSelector("section.scenario-part"));
  }

  /** Types a translatable text into its Danish and English fields, the first within scope. */
  private static void pair(SearchContext scope, String id, String da, String en) {
    scope.findElement(By.cssSelector("textarea[id$='" + id + "Da']")).sendKeys(da);
    scope.findElement(By.cssSelector("textarea[id$='" + id + "En']")).sendKeys(en);
  }

  private static void tick(WebElement row) {
    row.findElement(By.cssSelector(".ui-chkbox-box")).click();
  }

  /** A PrimeFaces number input: select what it holds and type over it. */
  private static void number(Browser b, String id, String value) {
    b.waitFor(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
  }

  private static String messageNextTo(Browser b, String inputId) {
    return b.waitFor(
            By.xpath(
                "//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'ui-message')]"))
        .getText();
  }

  private static void newQuestion(Browser b, String categoryUrl, String code, String type) {
    b.driver().get(categoryUrl);
    submitLink(b, By.id("questions:newQuestion"));
    if (type != null) {
      b.type("question:code", code);
      chooseAndReload(b, "question:type", type);
    }
  }

  /** Picks an option of a select menu that submits its form, and waits for the new page. */
  private static void chooseAndReload(Browser b, String menu, String label) {
    WebElement page = b.driver().findElement(By.tagName("html"));
    b.choose(menu, label);
    b.waitUntilGone(page, Duration.ofSeconds(60));
    b.waitFor(By.tagName("h1"));
  }

  private static void submit(Browser b, String id) {
    submit(b, b.waitFor(By.id(id)));
  }

  /** Clicks a button that submits the whole form and waits for the page that answers. */
  private static void submit(Browser b, WebElement button) {
    WebElement page = b.driver().findElement(By.tagName("html"));
    button.click();
    b.waitUntilGone(page, Duration.ofSeconds(60));
    b.waitFor(By.tagName("h1"));
  }

  private static void submitLink(Browser b, By link) {
    submit(b, b.waitFor(link));
  }
}
