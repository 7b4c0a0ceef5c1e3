package dk.tegn.core.apikey.entity;

import dk.tegn.core.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One API key. The key itself is shown once when issued and never stored: only its SHA-256 is.
 * Guards its life: a revoked key stays revoked, and a key works only before it expires.
 */
@Entity
@Table(name = "plt_api_key")
@NamedQuery(name = "ApiKey.findByPublicId", query = "select k from ApiKey k where k.publicId = :id")
@NamedQuery(
    name = "ApiKey.countByAccount",
    query = "select count(k) from ApiKey k where k.accountId = :id")
@NamedQuery(
    name = "ApiKey.listByOrganisation",
    query =
        "select k from ApiKey k where (:organisationId is null or k.organisationId ="
            + " :organisationId) order by k.id desc")
// a write per request would be costly: the time of use is kept to the hour
@NamedQuery(
    name = "ApiKey.markUsed",
    query =
        "update ApiKey k set k.lastUsedAt = :now where k.id = :id and (k.lastUsedAt is null or"
            + " k.lastUsedAt < :hourAgo)")
public class ApiKey implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(nullable = false)
  private String name;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Version private long version;

  protected ApiKey() {}

  public ApiKey(
      String publicId,
      String secretHash,
      String name,
      long accountId,
      long organisationId,
      Role role,
      long createdBy,
      Instant createdAt,
      Instant expiresAt) {
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a key must expire after it is issued");
    }
    this.publicId = Objects.requireNonNull(publicId);
    this.secretHash = Objects.requireNonNull(secretHash);
    this.name = Objects.requireNonNull(name);
    this.accountId = accountId;
    this.organisationId = organisationId;
    this.role = Objects.requireNonNull(role);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Revoking twice keeps the first revocation. */
  public void revoke(long byAccountId, Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
      revokedBy = byAccountId;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean isActive(Instant now) {
    return !isRevoked() && !isExpired(now);
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public String getName() {
    return name;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public Role getRole() {
    return role;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
