package dk.tegn.lti.launch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The state and nonce Tegn sent with one authentication request. A launch must bring both back
 * within the time allowed, and only once.
 */
@Entity
@Table(name = "lti_login_state")
@NamedQuery(
    name = "LoginState.deleteOlderThan",
    query = "delete from LoginState s where s.createdAt < :before")
public class LoginState {

  /** How long the platform has to answer the authentication request. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  @Id private String state;

  @Column(nullable = false)
  private String nonce;

  @Column(name = "platform_id", nullable = false)
  private long platformId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected LoginState() {}

  public LoginState(String state, String nonce, long platformId, Instant createdAt) {
    this.state = state;
    this.nonce = nonce;
    this.platformId = platformId;
    this.createdAt = createdAt;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public boolean isExpired(Instant now) {
    return now.isAfter(createdAt.plus(LIFETIME));
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public String getState() {
    return state;
  }

  public String getNonce() {
    return nonce;
  }

  public long getPlatformId() {
    return platformId;
  }
}
