package dk.tegn.intake.referral.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rules across fields of a {@link ReferralForm}: an adult's consent answer is required, and every
 * indicator answered exists in the current catalogue. Violations name the field they concern.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReferralFormValidator.class)
public @interface ValidReferral {

  String message() default "{intake.referral.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
