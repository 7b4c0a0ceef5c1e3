package dk.tegn.intake.referral.control;

import dk.tegn.intake.referral.entity.MyReferralRow;
import dk.tegn.intake.referral.entity.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * "What became of my referrals?" The referrer sees the reference, the date and received / being
 * handled / closed: never the team, the officer, the outcome or the details.
 */
@ApplicationScoped
public class MyReferrals {

  @PersistenceContext EntityManager em;
  @Inject IntakeAccess access;

  @Transactional
  public List<MyReferralRow> mine(@Min(0) int first, @Min(1) @Max(200) int max) {
    return em
        .createNamedQuery("Referral.findByReferrer", Referral.class)
        .setParameter("accountId", access.signedIn())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            r ->
                new MyReferralRow(r.getReference(), r.getSubmittedAt(), r.getState().forReferrer()))
        .toList();
  }
}
