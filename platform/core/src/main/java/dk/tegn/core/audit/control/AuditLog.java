package dk.tegn.core.audit.control;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Writes audit entries in their own transaction, so that a refusal is recorded even when the
 * refused work rolls back.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  protected AuditLog() {}

  /** For use outside a container (tests, tools). */
  public AuditLog(EntityManager em, PlatformClock clock) {
    this.em = em;
    this.clock = clock;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void record(
      Long actorAccountId, String action, String targetType, Object targetId, Outcome outcome) {
    record(actorAccountId, action, targetType, targetId, outcome, null);
  }

  /** {@code detail} must not hold personal data: ids, counts and reasons only. */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(
      Long actorAccountId,
      String action,
      String targetType,
      Object targetId,
      Outcome outcome,
      String detail) {
    em.persist(
        new AuditEntry(
            clock.now(),
            actorAccountId,
            action,
            targetType,
            targetId == null ? null : String.valueOf(targetId),
            outcome,
            detail));
  }
}
