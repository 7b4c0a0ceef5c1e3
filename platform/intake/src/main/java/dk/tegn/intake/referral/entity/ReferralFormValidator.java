package dk.tegn.intake.referral.entity;

import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidReferral}. */
public class ReferralFormValidator implements ConstraintValidator<ValidReferral, ReferralForm> {

  @Override
  public boolean isValid(ReferralForm form, ConstraintValidatorContext context) {
    if (form == null) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    AgeCategory age = form.effectiveAge();
    if (age != null && !age.treatedAsChild() && form.consent() == null) {
      context
          .buildConstraintViolationWithTemplate("{intake.referral.consent.required}")
          .addPropertyNode("consent")
          .addConstraintViolation();
      valid = false;
    }
    if (age != null && age.treatedAsChild() && form.childNotification() == null) {
      context
          .buildConstraintViolationWithTemplate("{intake.referral.childNotification.required}")
          .addPropertyNode("childNotification")
          .addConstraintViolation();
      valid = false;
    }
    IndicatorCatalogue catalogue = IndicatorCatalogue.current();
    boolean unknownKey =
        form.indicators().keySet().stream().anyMatch(k -> catalogue.indicator(k).isEmpty());
    boolean nullAnswer = form.indicators().values().stream().anyMatch(a -> a == null);
    if (unknownKey || nullAnswer) {
      context
          .buildConstraintViolationWithTemplate("{intake.referral.indicator.unknown}")
          .addPropertyNode("indicators")
          .addConstraintViolation();
      valid = false;
    }
    return valid;
  }
}
