package dk.tegn.intake.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.intake.routing.control.RuleNames;
import org.junit.jupiter.api.Test;

class RuleNamesTest {

  static final String SEEDED = "{\"da\":\"Kvinder\",\"en\":\"Women\"}";

  @Test
  void aSeededRuleIsNamedInTheReadersLanguageAndAnAdminsRuleAsWritten() {
    assertEquals("Kvinder", RuleNames.resolve(SEEDED, "da"));
    assertEquals("Women", RuleNames.resolve(SEEDED, "en"));
    assertEquals("Kvinder", RuleNames.resolve(SEEDED, "de"), "Danish for any other language");
    assertEquals("Andet køn til mænd", RuleNames.resolve("Andet køn til mænd", "en"));
    assertEquals("{ brace", RuleNames.resolve("{ brace", "en"));
  }

  @Test
  void aFallbackIsRecognisedAndNamesTheLastRule() {
    assertTrue(RuleNames.isFallback("fallback: " + SEEDED));
    assertEquals("Women", RuleNames.resolve("fallback: " + SEEDED, "en"));
    assertFalse(RuleNames.isFallback(SEEDED));
  }
}
