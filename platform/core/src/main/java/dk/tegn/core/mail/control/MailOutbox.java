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
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
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

  /** One mail of {@link #enqueueAll}: to whom, what, and whose (null: a national admin's only). */
  public record Mail(String recipient, String subject, String body, Long organisationId) {}

  /** Characters of subjects and bodies per statement: far below the server's packet limit. */
  static final int STATEMENT_CHARS = 400_000;

  /**
   * Rows per statement at most: EclipseLink looks each bind parameter of a native statement up in a
   * list, so a statement's cost grows with the square of its parameters (500 rows took seconds).
   */
  static final int STATEMENT_ROWS = 100;

  /**
   * Queues many mails (a cohort's worth, a batch at a time) like {@link #enqueue}, in a few
   * multi-row statements instead of one per mail. Returns how many were queued.
   */
  @Transactional
  public int enqueueAll(List<Mail> mails) {
    em.flush();
    Instant now = clock.now();
    int from = 0;
    while (from < mails.size()) {
      int to = from;
      int chars = 0;
      while (to < mails.size()
          && to - from < STATEMENT_ROWS
          && (to == from || chars < STATEMENT_CHARS)) {
        chars += mails.get(to).subject().length() + mails.get(to).body().length();
        to++;
      }
      insert(mails.subList(from, to), now);
      from = to;
    }
    return mails.size();
  }

  private void insert(List<Mail> mails, Instant now) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO plt_outbox (created_at, next_attempt_at, attempts, recipient, subject,"
                + " body, organisation_id) VALUES ");
    for (int i = 0; i < mails.size(); i++) {
      int p = 2 + i * 3;
      sql.append(i == 0 ? "" : ", ")
          .append("(?1, ?1, 0, ?")
          .append(p)
          .append(", ?")
          .append(p + 1)
          .append(", ?")
          .append(p + 2)
          .append(", ")
          .append(
              mails.get(i).organisationId() == null
                  ? "NULL"
                  : String.valueOf(mails.get(i).organisationId().longValue()))
          .append(')');
    }
    Query query =
        em.createNativeQuery(sql.toString())
            .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    for (int i = 0; i < mails.size(); i++) {
      Mail m = mails.get(i);
      int p = 2 + i * 3;
      query.setParameter(p, Objects.requireNonNull(m.recipient()));
      query.setParameter(p + 1, Objects.requireNonNull(m.subject()));
      query.setParameter(p + 2, Objects.requireNonNull(m.body()));
    }
    query.executeUpdate();
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
