package dk.tegn.core.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One link to choose a new password: kept as the SHA-256 of its token, usable once until expiry.
 */
@Entity
@Table(name = "plt_password_reset")
// the accounts a forgotten-password request may be for (an address can serve more than one)
@NamedQuery(
    name = "PasswordReset.findAccountsByEmail",
    query = "select a from Account a where lower(a.email) = :email and a.enabled = true")
@NamedQuery(
    name = "PasswordReset.findByTokenHash",
    query = "select r from PasswordReset r where r.tokenHash = :tokenHash")
@NamedQuery(
    name = "PasswordReset.findOpenOfAccount",
    query =
        "select r from PasswordReset r where r.accountId = :accountId and r.usedAt is null"
            + " and r.expiresAt > :now")
@NamedQuery(
    name = "PasswordReset.countSince",
    query =
        "select count(r) from PasswordReset r where r.accountId = :accountId and r.createdAt >="
            + " :since")
public class PasswordReset implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  public PasswordReset(long accountId, String tokenHash, Instant now, Instant expiresAt) {
    this.accountId = accountId;
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean usable(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  /** Used, or voided by a newer link or a new password: it never works again. */
  public void close(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
