package dk.tegn.core.mail.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One mail of the outbox as an administrator's list shows it, without its text (read on request,
 * with the links' secrets masked) and without the entity, so pages outside core never hold it. A
 * class with getters, because pages (EL 5) cannot read records.
 */
public class OutboxLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String recipient;
  private final String subject;
  private final Instant createdAt;
  private final Instant sentAt;
  private final int attempts;
  private final String lastError;

  public OutboxLine(OutboxMessage message) {
    this.id = message.getId();
    this.recipient = message.getRecipient();
    this.subject = message.getSubject();
    this.createdAt = message.getCreatedAt();
    this.sentAt = message.getSentAt();
    this.attempts = message.getAttempts();
    this.lastError = message.getLastError();
  }

  public long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Null while the mail waits to be sent. */
  public Instant getSentAt() {
    return sentAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }
}
