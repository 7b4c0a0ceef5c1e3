package dk.tegn.coordination.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.coordination.enrolment.entity.ReminderTemplate;
import dk.tegn.coordination.enrolment.entity.ReminderWording;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The reminder wording constraint: empty and unknown placeholders are refused with their own
 * message in the user's language, and rendering fills the placeholders in one pass.
 */
class ReminderWordingTest {

  static final class Form {
    @ReminderWording String text;

    Form(String text) {
      this.text = text;
    }
  }

  private static List<String> problems(String text, String language) {
    HibernateValidatorConfiguration configuration =
        (HibernateValidatorConfiguration) Validation.byDefaultProvider().configure();
    try (var factory =
        configuration.defaultLocale(Locale.forLanguageTag(language)).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(new Form(text)).stream()
          .map(ConstraintViolation::getMessage)
          .toList();
    }
  }

  @Test
  void knownPlaceholdersAndLoneBracesPass() {
    assertEquals(
        List.of(), problems("Hej {name}, {course} skal være færdigt {due}: {link} :-{", "da"));
  }

  @Test
  void anUnknownPlaceholderIsRefusedNamingTheOnesThatExist() {
    assertEquals(
        List.of("Brug kun pladsholderne {name}, {course}, {due} og {link}, skrevet præcis sådan."),
        problems("Hej {navn}", "da"));
    assertEquals(
        List.of(
            "Use only the placeholders {name}, {course}, {due} and {link}, written exactly so."),
        problems("Hi {Name}", "en"));
  }

  @Test
  void anEmptyTextIsRefusedAsEmpty() {
    assertEquals(List.of("Skriv noget her; feltet må ikke være tomt."), problems("  ", "da"));
    assertEquals(List.of("Write something here; it cannot be empty."), problems(null, "en"));
  }

  @Test
  void renderingFillsEachPlaceholderOnceAndLeavesValuesAlone() {
    assertEquals(
        "Hej {course} om Kursus",
        ReminderTemplate.render(
            "Hej {name} om {course}", Map.of("name", "{course}", "course", "Kursus")));
    assertEquals("$1 \\ ok", ReminderTemplate.render("{name} ok", Map.of("name", "$1 \\")));
  }
}
