package dk.tegn.courses.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account's calendar feed. The secret in its address is shown once when created; only its
 * SHA-256 is kept (as for API keys and password-reset links), so a copy of the database opens no
 * feed.
 */
@Entity
@Table(name = "crs_calendar_feed")
@NamedQuery(
    name = "CalendarFeed.findByTokenHash",
    query = "select f from CalendarFeed f where f.tokenHash = :tokenHash")
public class CalendarFeed {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CalendarFeed() {}

  public CalendarFeed(long accountId, String tokenHash, Instant createdAt) {
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  /** A new secret replaces the old one: the old address stops at once. */
  public void replace(String tokenHash, Instant at) {
    this.tokenHash = tokenHash;
    this.createdAt = at;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
