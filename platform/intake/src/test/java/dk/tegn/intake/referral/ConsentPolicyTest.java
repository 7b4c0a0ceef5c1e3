package dk.tegn.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.intake.referral.control.ConsentPolicy;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.ReferralKind;
import org.junit.jupiter.api.Test;

class ConsentPolicyTest {

  @Test
  void childIsReferredWithoutBeingAskedWhateverTheAnswer() {
    assertFalse(ConsentPolicy.consentAsked(AgeCategory.CHILD));
    assertFalse(ConsentPolicy.consentAsked(AgeCategory.POSSIBLY_CHILD));
    assertEquals(
        ReferralKind.CHILD, ConsentPolicy.kindOf(AgeCategory.CHILD, ConsentAnswer.DECLINED));
    assertEquals(ReferralKind.CHILD, ConsentPolicy.kindOf(AgeCategory.POSSIBLY_CHILD, null));
  }

  @Test
  void estimatedAgeUnder18MakesAChildWhateverWasTicked() {
    assertEquals(AgeCategory.CHILD, AgeCategory.effective(AgeCategory.ADULT, 16));
    assertEquals(AgeCategory.CHILD, AgeCategory.effective(AgeCategory.UNKNOWN, 17));
    assertEquals(AgeCategory.ADULT, AgeCategory.effective(AgeCategory.ADULT, 18));
    assertEquals(
        AgeCategory.POSSIBLY_CHILD,
        AgeCategory.effective(AgeCategory.POSSIBLY_CHILD, 25),
        "doubt about a child is not removed by a guessed age");
  }

  @Test
  void adultWithoutConsentIsAnonymousAndKeepsNoIdentifyingData() {
    assertTrue(ConsentPolicy.consentAsked(AgeCategory.ADULT));
    assertTrue(ConsentPolicy.consentAsked(AgeCategory.UNKNOWN));
    ReferralKind declined = ConsentPolicy.kindOf(AgeCategory.ADULT, ConsentAnswer.DECLINED);
    assertEquals(ReferralKind.ANONYMOUS, declined);
    assertFalse(declined.keepsIdentifyingData());
    assertEquals(
        ReferralKind.ANONYMOUS,
        ConsentPolicy.kindOf(AgeCategory.UNKNOWN, null),
        "no answer is no consent");
  }

  @Test
  void adultWhoConsentsIsReferredWithDetails() {
    ReferralKind kind = ConsentPolicy.kindOf(AgeCategory.ADULT, ConsentAnswer.GIVEN);
    assertEquals(ReferralKind.WITH_CONSENT, kind);
    assertTrue(kind.keepsIdentifyingData());
  }
}
