package dk.tegn.coordination.enrolment.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The subject or body of a reminder an organisation words itself: not empty, and no placeholder but
 * those of {@link ReminderTemplate#PLACEHOLDERS}. Each problem has its own message, shown next to
 * the field in the user's language.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReminderWordingValidator.class)
public @interface ReminderWording {

  String message() default "{coordination.reminderText.placeholders}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
