package dk.tegn.lti.launch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A platform's user ({@code sub} of its id_tokens) and the Tegn account they sign in as. */
@Entity
@Table(name = "lti_user")
@NamedQuery(
    name = "LtiUser.find",
    query = "select u from LtiUser u where u.platformId = :platformId and u.subject = :subject")
public class LtiUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "platform_id", nullable = false)
  private long platformId;

  @Column(nullable = false)
  private String subject;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LtiUser() {}

  public LtiUser(long platformId, String subject, long accountId, Instant createdAt) {
    this.platformId = platformId;
    this.subject = subject;
    this.accountId = accountId;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getPlatformId() {
    return platformId;
  }

  public String getSubject() {
    return subject;
  }

  public long getAccountId() {
    return accountId;
  }
}
