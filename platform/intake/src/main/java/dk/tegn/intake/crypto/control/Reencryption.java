package dk.tegn.intake.crypto.control;

import dk.tegn.intake.referral.control.ReferralSealer;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * After a rotation, re-encrypts ciphertexts made under older keys with the current primary, one
 * batch per transaction, so that an old key can eventually be retired. Plain text exists only in
 * memory while a field is moved.
 */
@ApplicationScoped
public class Reencryption {

  @PersistenceContext EntityManager em;
  @Inject KeyRing keys;

  /** Returns how many referrals and comments were moved to the primary key (at most 2 × max). */
  @Transactional
  public int reencryptBatch(int max) {
    FieldCipher cipher = keys.cipher();
    long primary = cipher.primaryKeyId();
    List<Referral> referrals =
        em.createNamedQuery("Referral.findByKeyOtherThan", Referral.class)
            .setParameter("keyId", primary)
            .setMaxResults(max)
            .getResultList();
    for (Referral r : referrals) {
      r.seal(ReferralSealer.seal(cipher, r.getReference(), ReferralSealer.open(cipher, r)));
    }
    List<Transition> comments =
        em.createNamedQuery("Transition.findByKeyOtherThan", Transition.class)
            .setParameter("keyId", primary)
            .setMaxResults(max)
            .getResultList();
    for (Transition t : comments) {
      t.reseal(
          cipher.seal(
              ReferralSealer.openComment(cipher, t),
              ReferralSealer.commentContext(t.getReferral().getReference(), t.getSeq())));
    }
    em.flush();
    return referrals.size() + comments.size();
  }
}
