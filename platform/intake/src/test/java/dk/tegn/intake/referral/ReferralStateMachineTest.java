package dk.tegn.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.crypto.entity.Sealed;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.CaseOutcome;
import dk.tegn.intake.referral.entity.ExploitationForm;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.referral.entity.Profession;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralAction;
import dk.tegn.intake.referral.entity.ReferralFacts;
import dk.tegn.intake.referral.entity.ReferralKind;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.referral.entity.ReferrerStatus;
import dk.tegn.intake.referral.entity.Region;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.referral.entity.Transition;
import dk.tegn.intake.routing.entity.RoutingDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferralStateMachineTest {

  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final long REFERRER = 7;
  static final long OFFICER = 8;
  static final long COLLEAGUE = 9;

  static Referral referral(ReferralKind kind) {
    ReferralFacts facts =
        new ReferralFacts(
            "R-TEST",
            "key-1",
            REFERRER,
            "ilo-ec-2009-v1",
            kind,
            kind == ReferralKind.CHILD ? AgeCategory.CHILD : AgeCategory.ADULT,
            Gender.WOMAN,
            "RO",
            Region.HOVEDSTADEN,
            ExploitationForm.SEXUAL,
            Profession.POLICE,
            false,
            false,
            true,
            ScreeningSignal.SOME_INDICATORS_REFER_FOR_ASSESSMENT,
            Map.of());
    return new Referral(facts, new RoutingDecision(2, 20L, "Women", Priority.NORMAL), T0);
  }

  static Sealed sealed(String text) {
    return new Sealed(text.getBytes(), 42);
  }

  @Test
  void referralWalksFromSubmittedToClosedRecordingWhoAndWhen() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    assertEquals(ReferralState.SUBMITTED, r.getState());
    assertEquals(ReferrerStatus.RECEIVED, r.getState().forReferrer());
    r.triage(OFFICER, T0.plusSeconds(60), null);
    r.assign(OFFICER, COLLEAGUE, T0.plusSeconds(120), sealed("c"));
    assertEquals(ReferrerStatus.BEING_HANDLED, r.getState().forReferrer());
    r.recordContact(COLLEAGUE, T0.plusSeconds(180), null);
    r.recordOutcome(
        COLLEAGUE,
        CaseOutcome.DIS_ASSESSED_AS_VICTIM,
        T0.plusSeconds(240),
        LocalDate.of(2026, 11, 23),
        30,
        null);
    assertEquals(LocalDate.of(2026, 12, 23), r.getReflectionEndsOn());
    r.close(COLLEAGUE, T0.plusSeconds(300), null);
    assertEquals(ReferralState.CLOSED, r.getState());
    assertEquals(ReferrerStatus.CLOSED, r.getState().forReferrer());

    assertEquals(6, r.getTransitions().size());
    Transition submit = r.getTransitions().get(0);
    assertEquals(ReferralAction.SUBMIT, submit.getAction());
    assertEquals(REFERRER, submit.getActorAccountId());
    Transition assign = r.getTransitions().get(2);
    assertEquals(ReferralState.TRIAGED, assign.getFromState());
    assertEquals(ReferralState.ASSIGNED, assign.getToState());
    assertEquals(OFFICER, assign.getActorAccountId());
    assertEquals(COLLEAGUE, assign.getAssigneeAccountId());
    assertEquals(T0.plusSeconds(120), assign.getAt());
    assertEquals(42L, assign.getKeyId());
    assertEquals(3, assign.getSeq());
  }

  @Test
  void stepsCannotBeSkipped() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> r.recordContact(OFFICER, T0, null));
    assertEquals("intake.referral.transition.notAllowed", e.messageKey());
    assertThrows(RuleViolationException.class, () -> r.close(OFFICER, T0, null));
    r.triage(OFFICER, T0, null);
    assertThrows(RuleViolationException.class, () -> r.triage(OFFICER, T0, null));
  }

  @Test
  void assessmentNeedsContactButNoContactPossibleDoesNot() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    r.triage(OFFICER, T0, null);
    r.assign(OFFICER, OFFICER, T0, null);
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThrows(
        RuleViolationException.class,
        () -> r.recordOutcome(OFFICER, CaseOutcome.ASSESSED_AS_VICTIM, T0, today, 30, null));
    r.recordOutcome(OFFICER, CaseOutcome.NO_CONTACT_POSSIBLE, T0, today, 30, null);
    assertNull(r.getReflectionEndsOn(), "no reflection period without an assessment");
  }

  @Test
  void theCentresOwnAssessmentStartsNoDepartureDeadline() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    r.triage(OFFICER, T0, null);
    r.assign(OFFICER, OFFICER, T0, null);
    r.recordContact(OFFICER, T0, null);
    r.recordOutcome(
        OFFICER, CaseOutcome.ASSESSED_AS_VICTIM, T0, LocalDate.of(2026, 11, 23), 30, null);
    assertNull(r.getReflectionEndsOn(), "only Udlændingestyrelsen sets a departure deadline");
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class, () -> r.extendReflection(OFFICER, 10, 120, T0, null));
    assertEquals("intake.referral.reflection.none", e.messageKey());
  }

  @Test
  void reflectionPeriodIsExtendableUpToTheMaximum() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    r.triage(OFFICER, T0, null);
    r.assign(OFFICER, OFFICER, T0, null);
    r.recordContact(OFFICER, T0, null);
    LocalDate today = LocalDate.of(2026, 1, 1);
    r.recordOutcome(OFFICER, CaseOutcome.DIS_ASSESSED_AS_VICTIM, T0, today, 30, null);
    r.extendReflection(OFFICER, 60, 120, T0, null);
    assertEquals(today.plusDays(90), r.getReflectionEndsOn());
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class, () -> r.extendReflection(OFFICER, 31, 120, T0, null));
    assertEquals("intake.referral.reflection.tooLong", e.messageKey());
    r.extendReflection(OFFICER, 30, 120, T0, null);
    assertEquals(today.plusDays(120), r.getReflectionEndsOn());
  }

  @Test
  void reassigningToAnotherTeamSendsItBackToTriage() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    r.triage(OFFICER, T0, null);
    r.assign(OFFICER, OFFICER, T0, null);
    r.reassignTeam(OFFICER, 1, T0, null);
    assertEquals(ReferralState.SUBMITTED, r.getState());
    assertEquals(1, r.getTeamId());
    assertNull(r.getAssigneeAccountId());
    assertThrows(RuleViolationException.class, () -> r.reassignTeam(OFFICER, 1, T0, null));
  }

  @Test
  void anonymousReferralRefusesIdentifyingData() {
    Referral r = referral(ReferralKind.ANONYMOUS);
    assertThrows(
        IllegalStateException.class, () -> r.seal(Map.of(SealedField.PERSON_NAME, sealed("x"))));
    r.seal(Map.of());
    assertTrue(r.sealedFields().isEmpty());
  }

  @Test
  void closedReferralWithoutAssessmentIsStrippedOfEveryCiphertext() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    r.seal(Map.of(SealedField.PERSON_NAME, sealed("n"), SealedField.NARRATIVE, sealed("s")));
    r.triage(OFFICER, T0, sealed("comment"));
    assertFalse(r.strippable());
    r.recordOutcome(
        OFFICER, CaseOutcome.PASSED_ON, T0, LocalDate.of(2026, 1, 1), 30, sealed("police"));
    r.close(OFFICER, T0, null);
    assertTrue(r.strippable());
    r.stripIdentifyingData(T0.plusSeconds(1));
    assertTrue(r.sealedFields().isEmpty());
    assertNull(r.getKeyId());
    assertTrue(r.getTransitions().stream().allMatch(t -> t.getCommentCiphertext() == null));
    assertEquals(
        ReferralAction.STRIP_IDENTIFYING_DATA,
        r.getTransitions().get(r.getTransitions().size() - 1).getAction());
    assertFalse(r.strippable());
  }

  @Test
  void assessedVictimIsNeverStrippedByRetention() {
    Referral r = referral(ReferralKind.WITH_CONSENT);
    r.triage(OFFICER, T0, null);
    r.assign(OFFICER, OFFICER, T0, null);
    r.recordContact(OFFICER, T0, null);
    r.recordOutcome(
        OFFICER, CaseOutcome.ASSESSED_AS_VICTIM, T0, LocalDate.of(2026, 1, 1), 30, null);
    r.close(OFFICER, T0, null);
    assertFalse(r.strippable());
    assertThrows(IllegalStateException.class, () -> r.stripIdentifyingData(T0));
  }
}
