package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.transfer.control.MoodleXml.Conversion;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A GIFT file with every type, written as Moodle's GIFT export writes it (escapes included). */
class GiftTest {

  static byte[] everyType() {
    try (InputStream in = GiftTest.class.getResourceAsStream("/gift/every-type.gift")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Conversion convert() {
    return MoodleXml.convert("every-type.gift", Gift.toMoodleXml(everyType()), "da");
  }

  @Test
  void everyMappableGiftTypeBecomesATegnQuestionWithBothLanguages() {
    Conversion c = convert();
    assertEquals(List.of(), c.problems());
    assertEquals(6, c.questions());
    JsonArray categories =
        JSON.createReader(new StringReader(c.bank())).readObject().getJsonArray("categories");
    assertEquals("menneskehandel.tegnene", categories.getJsonObject(0).getString("key"));
    assertEquals("Fakta", categories.getJsonObject(1).getJsonObject("name").getString("da"));

    JsonArray signs = categories.getJsonObject(0).getJsonArray("questions");
    JsonObject single = signs.getJsonObject(0);
    assertEquals("single-choice", single.getString("type"));
    assertEquals("gaeld", single.getString("key"));
    assertEquals("Hvilket tegn er stærkest?", single.getJsonObject("text").getString("da"));
    assertEquals("Which sign is strongest?", single.getJsonObject("text").getString("en"));
    assertEquals(
        "Debt bondage is a strong indicator.",
        single.getJsonObject("generalFeedback").getString("en"));
    JsonArray choices = single.getJsonArray("choices");
    assertEquals(
        List.of(true, false, false),
        choices.stream().map(v -> v.asJsonObject().getBoolean("correct")).toList());
    assertEquals("Right", choices.getJsonObject(0).getJsonObject("feedback").getString("en"));
    assertEquals(
        "Ingen & intet = 0",
        choices.getJsonObject(2).getJsonObject("text").getString("da"),
        "escapes and entities decoded, no tags");
    assertFalse(single.toString().contains("multilang"), "no multilang markup leaks");

    JsonObject multiple = signs.getJsonObject(1);
    assertEquals("multiple-response", multiple.getString("type"));
    assertEquals(
        List.of(true, true, false),
        multiple.getJsonArray("choices").stream()
            .map(v -> v.asJsonObject().getBoolean("correct"))
            .toList());
    assertEquals(
        "Nej",
        multiple
            .getJsonArray("choices")
            .getJsonObject(2)
            .getJsonObject("feedback")
            .getString("da"));

    JsonArray facts = categories.getJsonObject(1).getJsonArray("questions");
    JsonObject trueFalse = facts.getJsonObject(0);
    assertEquals("true-false", trueFalse.getString("type"));
    assertFalse(trueFalse.getBoolean("answer"));
    assertEquals(
        "Nej: et barn kan aldrig give samtykke.",
        trueFalse.getJsonObject("trueFeedback").getString("da"),
        "GIFT's first feedback is for the wrong answer, here true");
    assertEquals("Rigtigt.", trueFalse.getJsonObject("falseFeedback").getString("da"));

    JsonObject matching = facts.getJsonObject(1);
    assertEquals("matching", matching.getString("type"));
    JsonArray pairs = matching.getJsonArray("pairs");
    assertEquals(3, pairs.size());
    assertEquals("Falsk jobtilbud", pairs.getJsonObject(0).getJsonObject("prompt").getString("da"));
    assertEquals("Kontrol", pairs.getJsonObject(2).getJsonObject("match").getString("da"));

    JsonObject age = facts.getJsonObject(2);
    assertEquals("numeric", age.getString("type"));
    assertEquals(new BigDecimal("18"), age.getJsonNumber("answer").bigDecimalValue());
    assertEquals(0, age.getJsonNumber("tolerance").bigDecimalValue().signum());
    JsonObject hours = facts.getJsonObject(3);
    assertEquals(new BigDecimal("38.5"), hours.getJsonNumber("answer").bigDecimalValue());
    assertEquals(new BigDecimal("1.5"), hours.getJsonNumber("tolerance").bigDecimalValue());
    assertEquals(
        "Hvor mange timer om ugen er normalt?", hours.getJsonObject("text").getString("da"));
  }

  @Test
  void whatTegnCannotHoldIsListedPerQuestionWithTheFile() {
    List<Unmapped> unmapped = convert().unmapped();
    for (String question : List.of("Centret", "Beskriv", "Læs først")) {
      assertTrue(
          unmapped.stream()
              .anyMatch(
                  u ->
                      u.file().equals("every-type.gift")
                          && u.question().equals(question)
                          && u.why().contains("no counterpart in Tegn")),
          question + " in " + unmapped);
    }
  }

  @Test
  void giftEscapesAndCommentsAreRead() {
    assertEquals(List.of("a", "b\nc"), Gift.blocks("// note\na\n\n\n// x\nb\nc\n"));
    assertEquals("a=b:c{d}#e~f", Gift.unescape("a\\=b\\:c\\{d\\}\\#e\\~f"));
    assertEquals(3, Gift.unescaped("a\\{{", "{", 0));
  }
}
