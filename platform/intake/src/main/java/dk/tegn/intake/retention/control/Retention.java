package dk.tegn.intake.retention.control;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.intake.IntakeSettings;
import dk.tegn.intake.referral.control.IntakeAccess;
import dk.tegn.intake.referral.entity.CaseOutcome;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** Strips referrals whose retention has run out, one batch per transaction. */
@ApplicationScoped
public class Retention {

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject IntakeSettings settings;
  @Inject AuditLog audit;

  /** Returns how many referrals were stripped (at most {@code max}). */
  @Transactional
  public int stripExpired(int max) {
    Instant now = clock.now();
    Instant closedBefore =
        ZonedDateTime.ofInstant(now, settings.zone())
            .minusMonths(settings.retentionMonths())
            .toInstant();
    List<Referral> due =
        em.createNamedQuery("Referral.findStrippable", Referral.class)
            .setParameter("closed", ReferralState.CLOSED)
            .setParameter("closedBefore", closedBefore)
            .setParameter(
                "kept",
                java.util.Arrays.stream(CaseOutcome.values()).filter(CaseOutcome::victim).toList())
            .setMaxResults(max)
            .getResultList();
    due.forEach(r -> r.stripIdentifyingData(now));
    if (!due.isEmpty()) {
      em.flush();
      audit.record(
          null,
          "intake.retention.strip",
          IntakeAccess.REFERRAL,
          null,
          Outcome.ALLOWED,
          due.size() + " referral(s)");
    }
    return due.size();
  }
}
