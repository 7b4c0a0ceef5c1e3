package dk.tegn.core.mail.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.mail.entity.OutboxLine;
import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queues mail in the caller's transaction: if the work that sends it rolls back, so does the mail;
 * once committed, {@link OutboxDispatcher} delivers it, retrying until it succeeds. Subjects and
 * bodies must not carry referral details.
 */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext EntityManager em;

  /** The query and fragment of a link: where secrets (tokens) travel. */
  private static final Pattern LINK_SECRET = Pattern.compile("(https?://[^\\s?#]+)[?#][^\\s]*");

  static final String MASK = "?…";

  @Inject PlatformClock clock;
  @Inject CurrentCaller caller;

  /** Mail that only a national admin may read in the outbox (no organisation of its own). */
  @Transactional
  public long enqueue(String recipient, String subject, String body) {
    return enqueue(recipient, subject, body, null);
  }

  /**
   * Queues a mail belonging to an organisation: its admins see it in the outbox, with the secret
   * part of every link masked.
   */
  @Transactional
  public long enqueue(String recipient, String subject, String body, Long organisationId) {
    OutboxMessage message =
        new OutboxMessage(recipient, subject, body, organisationId, clock.now());
    em.persist(message);
    em.flush();
    return message.getId();
  }

  /**
   * The newest mail an admin may see: a national admin all of it, any other admin the mail of the
   * organisations they administer only.
   */
  public List<OutboxLine> recentForAdmin(int first, int max) {
    caller.requireRole(Role.ADMIN);
    List<OutboxMessage> messages;
    if (caller.isNational(Role.ADMIN)) {
      messages = recent(first, max);
    } else {
      Set<Long> organisations = caller.organisationsWith(Role.ADMIN);
      messages =
          em.createNamedQuery("OutboxMessage.findRecentOf", OutboxMessage.class)
              .setParameter("organisationIds", organisations)
              .setFirstResult(first)
              .setMaxResults(max)
              .getResultList();
    }
    return messages.stream().map(OutboxLine::new).toList();
  }

  /**
   * A mail's text as the calling admin may read it: in full for a national admin; for anyone else
   * every link loses its query, where confirmation and invitation tokens travel (with one, an admin
   * could set another person's password and sign in as them).
   */
  public String bodyForAdmin(long messageId) {
    caller.requireRole(Role.ADMIN);
    OutboxMessage message = em.find(OutboxMessage.class, messageId);
    if (message == null) {
      throw new AccessDeniedException("no such mail");
    }
    if (caller.isNational(Role.ADMIN)) {
      return message.getBody();
    }
    if (message.getOrganisationId() == null
        || !caller.hasRoleIn(Role.ADMIN, message.getOrganisationId())) {
      throw new AccessDeniedException("not an admin of the mail's owner");
    }
    return maskSecrets(message.getBody());
  }

  /** Every link keeps its address and path; its query and fragment become "?…". */
  public static String maskSecrets(String text) {
    return text == null
        ? null
        : LINK_SECRET.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
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
