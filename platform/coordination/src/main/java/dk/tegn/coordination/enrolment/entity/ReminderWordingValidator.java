package dk.tegn.coordination.enrolment.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ReminderWording}: an empty text and an unknown placeholder say so differently. */
public class ReminderWordingValidator implements ConstraintValidator<ReminderWording, String> {

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    if (text == null || text.isBlank()) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("{coordination.reminderText.required}")
          .addConstraintViolation();
      return false;
    }
    return ReminderTemplate.unknownPlaceholder(text).isEmpty();
  }
}
