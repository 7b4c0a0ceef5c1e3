package dk.tegn.intake.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.intake.referral.entity.CaseOutcome;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralAction;
import dk.tegn.intake.referral.entity.TransitionRequest;
import dk.tegn.intake.retention.control.Retention;
import dk.tegn.intake.testing.Forms;
import dk.tegn.intake.testing.IntakeHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetentionTest {

  final IntakeHarness h = new IntakeHarness();
  final TestCaller cadet = h.account("cadet", h.school, Role.TRAINEE);
  final TestCaller officer = h.account("officer", h.centre, Role.INTAKE_OFFICER);

  private long closedWith(CaseOutcome outcome) {
    String reference =
        h.as(cadet, s -> s.submission().submit(Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN)))
            .reference();
    long id = referral(reference).getId();
    h.as(officer, s -> s.cases().transition(id, TransitionRequest.of(ReferralAction.TRIAGE)));
    h.as(
        officer,
        s ->
            s.cases()
                .transition(
                    id,
                    new TransitionRequest(
                        ReferralAction.ASSIGN, officer.id(), null, null, null, "assigned")));
    h.as(
        officer,
        s -> s.cases().transition(id, TransitionRequest.of(ReferralAction.RECORD_CONTACT)));
    h.as(
        officer,
        s ->
            s.cases()
                .transition(
                    id,
                    new TransitionRequest(
                        ReferralAction.RECORD_OUTCOME, null, outcome, null, null, "outcome")));
    h.as(officer, s -> s.cases().transition(id, TransitionRequest.of(ReferralAction.CLOSE)));
    return id;
  }

  private Referral referral(String reference) {
    return h.referral(reference);
  }

  private Referral load(long id) {
    return h.inTransaction(
        em -> {
          Referral r = em.find(Referral.class, id);
          r.getTransitions().size();
          return r;
        });
  }

  private int stripAt(Instant when) {
    h.clock = new PlatformClock(Clock.fixed(when, ZoneOffset.UTC));
    int total = 0;
    int stripped;
    do {
      stripped = h.as(officer, s -> s.get(Retention.class).stripExpired(500));
      total += stripped;
    } while (stripped == 500);
    return total;
  }

  @Test
  void closedReferralWithoutAssessmentIsStrippedAfterTheRetentionPeriodAndAssessedIsKept() {
    h.join(officer, "women");
    long notAssessed = closedWith(CaseOutcome.NOT_ASSESSED_AS_VICTIM);
    long assessed = closedWith(CaseOutcome.ASSESSED_AS_VICTIM);

    stripAt(IntakeHarness.NOW.plusSeconds(86_400L * 300));
    assertFalse(load(notAssessed).sealedFields().isEmpty(), "not before 12 months");

    assertTrue(stripAt(IntakeHarness.NOW.plusSeconds(86_400L * 370)) >= 1);
    Referral stripped = load(notAssessed);
    assertTrue(stripped.sealedFields().isEmpty());
    assertNotNull(stripped.getStrippedAt());
    assertTrue(
        stripped.getTransitions().stream().allMatch(t -> t.getCommentCiphertext() == null),
        "officers' comments go too");
    assertEquals("RO", stripped.getNationality(), "statistics facts stay");
    assertEquals(
        ReferralAction.STRIP_IDENTIFYING_DATA,
        stripped.getTransitions().get(stripped.getTransitions().size() - 1).getAction());

    Referral kept = load(assessed);
    assertFalse(kept.sealedFields().isEmpty(), "an assessed victim's case file is kept");
  }
}
