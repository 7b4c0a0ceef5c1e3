package dk.tegn.core.mail.entity;

import dk.tegn.core.time.BackOff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A mail waiting for delivery. Retries back off exponentially up to an hour. */
@Entity
@Table(name = "plt_outbox")
@NamedQuery(
    name = "OutboxMessage.findDue",
    query =
        "select m from OutboxMessage m where m.sentAt is null and m.nextAttemptAt <= :now order by"
            + " m.id")
@NamedQuery(
    name = "OutboxMessage.findRecent",
    query = "select m from OutboxMessage m order by m.id desc")
@NamedQuery(
    name = "OutboxMessage.findRecentOf",
    query =
        "select m from OutboxMessage m where m.organisationId in :organisationIds order by m.id"
            + " desc")
@NamedQuery(
    name = "OutboxMessage.findByRecipient",
    query = "select m from OutboxMessage m where m.recipient = :recipient order by m.id desc")
public class OutboxMessage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** 30 s, 1, 2, 4 ... minutes, at most an hour. */
  static final BackOff BACK_OFF = new BackOff(Duration.ofSeconds(30), Duration.ofHours(1));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  /** Whose mail it is; null for mail only a national admin may read. */
  @Column(name = "organisation_id")
  private Long organisationId;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String body, Instant now) {
    this(recipient, subject, body, null, now);
  }

  public OutboxMessage(
      String recipient, String subject, String body, Long organisationId, Instant now) {
    this.organisationId = organisationId;
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = Objects.requireNonNull(subject);
    this.body = Objects.requireNonNull(body);
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void markSent(Instant now) {
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /** Schedules the next try 30 s, 1, 2, 4 ... minutes later, at most an hour. */
  public void markFailed(Instant now, String error) {
    attempts++;
    nextAttemptAt = now.plus(BACK_OFF.after(attempts));
    lastError = BackOff.cut(error, 400);
  }

  public boolean isSent() {
    return sentAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Long getOrganisationId() {
    return organisationId;
  }
}
