package dk.tegn.intake.crypto.control;

import dk.tegn.intake.crypto.entity.ReencryptionBatch;
import dk.tegn.intake.referral.control.ReferralSealer;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * After a rotation, re-encrypts ciphertexts made under the keyset's older keys with the current
 * primary, one batch per transaction, so that an old key can eventually be retired. Plain text
 * exists only in memory while a field is moved. A ciphertext that does not open is counted and
 * logged by id, and left as it is.
 */
@ApplicationScoped
public class Reencryption {

  private static final Logger LOG = Logger.getLogger(Reencryption.class.getName());

  @PersistenceContext EntityManager em;
  @Inject KeyRing keys;

  @Transactional
  public ReencryptionBatch reencrypt(ReencryptionBatch after, int max) {
    FieldCipher cipher = keys.cipher();
    Set<Long> oldKeys = new HashSet<>(cipher.keyIds());
    oldKeys.remove(cipher.primaryKeyId());
    if (oldKeys.isEmpty()) {
      return new ReencryptionBatch(after.lastReferralId(), after.lastTransitionId(), 0, 0, false);
    }
    int moved = 0;
    int failed = 0;
    List<Referral> referrals =
        em.createNamedQuery("Referral.findByKeyIn", Referral.class)
            .setParameter("keyIds", oldKeys)
            .setParameter("afterId", after.lastReferralId())
            .setMaxResults(max)
            .getResultList();
    long lastReferral = after.lastReferralId();
    for (Referral r : referrals) {
      lastReferral = r.getId();
      try {
        r.seal(ReferralSealer.seal(cipher, r.getReference(), ReferralSealer.open(cipher, r)));
        moved++;
      } catch (SealedDataException e) {
        failed++;
        LOG.warning("re-encryption: referral " + r.getId() + " does not decrypt; left as it is");
      }
    }
    List<Transition> comments =
        em.createNamedQuery("Transition.findByKeyIn", Transition.class)
            .setParameter("keyIds", oldKeys)
            .setParameter("afterId", after.lastTransitionId())
            .setMaxResults(max)
            .getResultList();
    long lastTransition = after.lastTransitionId();
    for (Transition t : comments) {
      lastTransition = t.getId();
      try {
        t.reseal(
            cipher.seal(
                ReferralSealer.openComment(cipher, t),
                ReferralSealer.commentContext(t.getReferral().getReference(), t.getSeq())));
        moved++;
      } catch (SealedDataException e) {
        failed++;
        LOG.warning("re-encryption: transition " + t.getId() + " does not decrypt; left as it is");
      }
    }
    em.flush();
    boolean more = referrals.size() == max || comments.size() == max;
    return new ReencryptionBatch(lastReferral, lastTransition, moved, failed, more);
  }
}
