package dk.tegn.lti.key.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of Tegn's RSA key pairs for LTI: the public JWK in clear, the private JWK sealed. */
@Entity
@Table(name = "lti_tool_key")
@NamedQuery(
    name = "ToolKey.findActive",
    query = "select k from ToolKey k where k.active = true order by k.id desc")
public class ToolKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String kid;

  @Column(name = "public_jwk", nullable = false)
  private String publicJwk;

  @Column(name = "private_sealed", nullable = false)
  private byte[] privateSealed;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ToolKey() {}

  public ToolKey(String kid, String publicJwk, byte[] privateSealed, Instant createdAt) {
    this.kid = kid;
    this.publicJwk = publicJwk;
    this.privateSealed = privateSealed.clone();
    this.createdAt = createdAt;
  }

  /** A key whose private half can no longer be opened is published no more. */
  public void retire() {
    active = false;
  }

  public Long getId() {
    return id;
  }

  public String getKid() {
    return kid;
  }

  public String getPublicJwk() {
    return publicJwk;
  }

  public byte[] getPrivateSealed() {
    return privateSealed.clone();
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
