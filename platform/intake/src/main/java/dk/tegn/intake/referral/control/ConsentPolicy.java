package dk.tegn.intake.referral.control;

import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.ReferralKind;

/**
 * Who must be asked, and what may be kept. A child (or a person who may be a child) is referred
 * regardless of consent, so consent is not asked; an adult is asked, and without a yes the referral
 * is anonymous and keeps only statistics fields. No answer from an adult counts as no.
 */
public final class ConsentPolicy {

  private ConsentPolicy() {}

  public static boolean consentAsked(AgeCategory effectiveAge) {
    return !effectiveAge.treatedAsChild();
  }

  public static ReferralKind kindOf(AgeCategory effectiveAge, ConsentAnswer consent) {
    if (effectiveAge.treatedAsChild()) {
      return ReferralKind.CHILD;
    }
    return consent == ConsentAnswer.GIVEN ? ReferralKind.WITH_CONSENT : ReferralKind.ANONYMOUS;
  }
}
