package dk.tegn.core.sso.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The link between a provider's subject ({@code sub}, stable at the provider) and a Tegn account.
 * Usernames and e-mail addresses can change or be reused at the provider; the subject cannot.
 */
@Entity
@Table(name = "plt_sso_identity")
@NamedQuery(
    name = "SsoIdentity.findBySubject",
    query = "select i from SsoIdentity i where i.providerId = :providerId and i.subject = :subject")
@NamedQuery(
    name = "SsoIdentity.findByAccount",
    query = "select i from SsoIdentity i where i.accountId = :accountId")
public class SsoIdentity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "provider_id", nullable = false)
  private long providerId;

  @Column(nullable = false)
  private String subject;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_sign_in_at", nullable = false)
  private Instant lastSignInAt;

  protected SsoIdentity() {}

  public SsoIdentity(long providerId, String subject, long accountId, Instant now) {
    this.providerId = providerId;
    this.subject = Objects.requireNonNull(subject);
    this.accountId = accountId;
    this.createdAt = now;
    this.lastSignInAt = now;
  }

  public void signedIn(Instant now) {
    lastSignInAt = now;
  }

  public long getProviderId() {
    return providerId;
  }

  public String getSubject() {
    return subject;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }
}
