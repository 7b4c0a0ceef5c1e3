package dk.tegn.coordination.registration.control;

import dk.tegn.coordination.registration.entity.RateEvent;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;

/**
 * Counts attempts per bucket in a sliding window, in the database so every node of a cluster counts
 * together. Buckets are hashes: the table never holds an address or a client's IP.
 */
@ApplicationScoped
public class RateLimiter {

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  /**
   * Records an attempt and returns true when it is within {@code max} per {@code window}. Its own
   * transaction: a refused or failed registration still counts.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean tryAcquire(String bucket, int max, Duration window) {
    String hashed = Tokens.sha256(bucket);
    long recent =
        em.createNamedQuery("RateEvent.countSince", Long.class)
            .setParameter("bucket", hashed)
            .setParameter("since", clock.now().minus(window))
            .getSingleResult();
    if (recent >= max) {
      return false;
    }
    em.persist(new RateEvent(hashed, clock.now()));
    return true;
  }

  /** Forgets attempts older than a day. */
  @Transactional
  public int forgetOld() {
    return em.createNamedQuery("RateEvent.deleteBefore")
        .setParameter("before", clock.now().minus(Duration.ofDays(1)))
        .executeUpdate();
  }
}
