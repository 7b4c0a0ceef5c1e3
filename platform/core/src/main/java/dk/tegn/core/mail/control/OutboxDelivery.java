package dk.tegn.core.mail.control;

import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.logging.Logger;

/** Delivers due mail, each message in its own transaction so one failure does not stop others. */
@ApplicationScoped
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject MailTransport transport;

  public List<Long> due(int max) {
    return em.createNamedQuery("OutboxMessage.findDue", OutboxMessage.class)
        .setParameter("now", clock.now())
        .setMaxResults(max)
        .getResultStream()
        .map(OutboxMessage::getId)
        .toList();
  }

  /** Returns true when the message was delivered now. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean deliver(long id) {
    // the row lock makes two nodes of a cluster not send the same mail twice
    OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || message.isSent() || message.getNextAttemptAt().isAfter(clock.now())) {
      return false;
    }
    try {
      transport.send(id, message.getRecipient(), message.getSubject(), message.getBody());
      message.markSent(clock.now());
      return true;
    } catch (Exception e) {
      message.markFailed(clock.now(), e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.warning(() -> "mail #" + id + " failed, attempt " + message.getAttempts());
      return false;
    }
  }
}
