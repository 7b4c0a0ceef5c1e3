package dk.tegn.core.mail.control;

import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Queues mail in the caller's transaction: if the work that sends it rolls back, so does the mail;
 * once committed, {@link OutboxDispatcher} delivers it, retrying until it succeeds. Subjects and
 * bodies must not carry referral details.
 */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  @Transactional
  public long enqueue(String recipient, String subject, String body) {
    OutboxMessage message = new OutboxMessage(recipient, subject, body, clock.now());
    em.persist(message);
    em.flush();
    return message.getId();
  }

  public List<OutboxMessage> recent(int first, int max) {
    return em.createNamedQuery("OutboxMessage.findRecent", OutboxMessage.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public List<OutboxMessage> sentTo(String recipient, int max) {
    return em.createNamedQuery("OutboxMessage.findByRecipient", OutboxMessage.class)
        .setParameter("recipient", recipient)
        .setMaxResults(max)
        .getResultList();
  }
}
