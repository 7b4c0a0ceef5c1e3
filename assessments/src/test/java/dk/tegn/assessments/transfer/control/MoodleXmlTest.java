package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.transfer.control.MoodleXml.Conversion;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoodleXmlTest {

  static byte[] everyType() {
    try (InputStream in = MoodleXmlTest.class.getResourceAsStream("/moodle/every-type.xml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Conversion convert() {
    return MoodleXml.convert("every-type.xml", everyType(), "da");
  }

  @Test
  void categoriesAndEveryMappableTypeBecomeATegnBank() {
    Conversion c = convert();
    assertEquals(List.of(), c.problems());
    assertEquals(5, c.questions());
    JsonObject bank = JSON.createReader(new StringReader(c.bank())).readObject();
    assertEquals("tegn-bank/1", bank.getString("format"));
    JsonArray categories = bank.getJsonArray("categories");
    assertEquals("menneskehandel.tegnene", categories.getJsonObject(0).getString("key"));
    assertEquals("Tegnene", categories.getJsonObject(0).getJsonObject("name").getString("da"));
    assertEquals("menneskehandel.fakta", categories.getJsonObject(1).getString("key"));

    JsonArray signs = categories.getJsonObject(0).getJsonArray("questions");
    JsonObject single = signs.getJsonObject(0);
    assertEquals("single-choice", single.getString("type"));
    assertEquals("gaeld", single.getString("key"));
    assertEquals("Hvilket tegn er stærkest?", single.getJsonObject("text").getString("da"));
    assertEquals("Which sign is strongest?", single.getJsonObject("text").getString("en"));
    assertEquals(
        "Debt bondage is a strong indicator.",
        single.getJsonObject("generalFeedback").getString("en"));
    JsonObject right = single.getJsonArray("choices").getJsonObject(0);
    assertTrue(right.getBoolean("correct"));
    assertEquals("Right", right.getJsonObject("feedback").getString("en"));
    assertEquals(
        "Ingen & intet",
        single.getJsonArray("choices").getJsonObject(2).getJsonObject("text").getString("da"),
        "entities decoded, no tags");

    JsonObject multiple = signs.getJsonObject(1);
    assertEquals("multiple-response", multiple.getString("type"));
    assertEquals(
        List.of(true, true, false),
        multiple.getJsonArray("choices").stream()
            .map(v -> v.asJsonObject().getBoolean("correct"))
            .toList());

    JsonArray facts = categories.getJsonObject(1).getJsonArray("questions");
    JsonObject trueFalse = facts.getJsonObject(0);
    assertEquals("true-false", trueFalse.getString("type"));
    assertFalse(trueFalse.getBoolean("answer"));
    assertEquals(
        "A child can consent to being exploited.", trueFalse.getJsonObject("text").getString("en"));
    assertEquals(
        "Nej: et barn kan aldrig give samtykke.",
        trueFalse.getJsonObject("trueFeedback").getString("da"));
    JsonObject matching = facts.getJsonObject(1);
    assertEquals("matching", matching.getString("type"));
    assertEquals(2, matching.getJsonArray("pairs").size());
    assertEquals(
        "Tvangsarbejde",
        matching.getJsonArray("pairs").getJsonObject(1).getJsonObject("match").getString("da"));
    JsonObject numeric = facts.getJsonObject(2);
    assertEquals("numeric", numeric.getString("type"));
    assertEquals(30, numeric.getJsonNumber("answer").intValue());
    assertFalse(c.bank().contains("<"), "no markup leaks into texts");
    assertFalse(c.bank().contains("mlang"));
  }

  @Test
  void whatTegnCannotHoldIsListedPerQuestion() {
    List<Unmapped> unmapped = convert().unmapped();
    assertEquals(
        List.of(
            "Tegn på tvang: images are not imported",
            "Former for udnyttelse: extra wrong answers (sub-questions without text) are not kept",
            "Hotline: question type 'shortanswer' has no counterpart in Tegn; left out",
            "Refleksionsperiode: units are not kept; the answer is a plain number",
            "Om kurset: question type 'description' has no counterpart in Tegn; left out"),
        unmapped.stream().map(u -> u.question() + ": " + u.why()).toList());
    assertTrue(unmapped.stream().allMatch(u -> u.file().equals("every-type.xml")));
    assertEquals(
        "spørgsmålstypen 'shortanswer' har intet modstykke i Tegn; udeladt",
        unmapped.get(2).reason().in(Locale.forLanguageTag("da")),
        "the trainer reads why in their own language");
  }

  @Test
  void aFileThatIsNotMoodleXmlIsRefusedWhole() {
    Conversion notXml =
        MoodleXml.convert("bank.txt", "hello".getBytes(StandardCharsets.UTF_8), "da");
    assertNull(notXml.bank());
    assertTrue(notXml.problems().get(0).toString().startsWith("bank.txt: not a readable XML file"));
    Conversion other =
        MoodleXml.convert("x.xml", "<assessment/>".getBytes(StandardCharsets.UTF_8), "da");
    assertEquals(
        "x.xml: not a Moodle XML file (no <quiz> element)", other.problems().get(0).toString());
    assertEquals(
        "x.xml: ikke en Moodle XML-fil (intet <quiz>-element)",
        other.problems().get(0).in(Locale.forLanguageTag("da")));
    String entity =
        "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<quiz><question type=\"truefalse\"><name><text>&x;</text></name></question></quiz>";
    Conversion xxe = MoodleXml.convert("x.xml", entity.getBytes(StandardCharsets.UTF_8), "da");
    assertNull(xxe.bank(), "a DOCTYPE is refused, so no external entity is read");
  }
}
