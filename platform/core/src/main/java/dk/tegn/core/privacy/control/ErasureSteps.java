package dk.tegn.core.privacy.control;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.privacy.ErasureReason;
import dk.tegn.core.privacy.ErasureStatus;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.entity.Erasure;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.logging.Logger;

/** The transactions of an erasure ({@link Erasures}): begin, one module's part, finish. */
@ApplicationScoped
public class ErasureSteps {

  private static final Logger LOG = Logger.getLogger(ErasureSteps.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  @Transactional(TxType.REQUIRES_NEW)
  public long begin(long accountId, Long requestedBy, ErasureReason reason) {
    Optional<Erasure> known =
        em.createNamedQuery("Erasure.findByAccount", Erasure.class)
            .setParameter("accountId", accountId)
            .getResultStream()
            .findFirst();
    if (known.isPresent()) {
      return known.get().getId();
    }
    Erasure erasure = new Erasure(accountId, requestedBy, reason, clock.now());
    em.persist(erasure);
    em.flush();
    return erasure.getId();
  }

  /** One module's part and the record that it is done, in one transaction. */
  @Transactional(TxType.REQUIRES_NEW)
  public void step(long erasureId, PrivacyProvider provider, Person person) {
    Erasure erasure = em.find(Erasure.class, erasureId, LockModeType.PESSIMISTIC_WRITE);
    String module = provider.declaration().module();
    if (erasure.isDone(module)) {
      return;
    }
    provider.erase(person);
    erasure.done(module, clock.now());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public ErasureStatus finish(long erasureId) {
    Erasure erasure = em.find(Erasure.class, erasureId, LockModeType.PESSIMISTIC_WRITE);
    if (erasure.getCompletedAt() == null) {
      erasure.complete(clock.now());
      // that it happened, by whom and why; nothing of what was erased
      audit.record(
          erasure.getRequestedBy(),
          "privacy.erase",
          "account",
          erasure.getAccountId(),
          Outcome.ALLOWED,
          erasure.getReason().name());
      LOG.info(() -> "account " + erasure.getAccountId() + " erased");
    }
    return Erasures.status(erasure);
  }
}
