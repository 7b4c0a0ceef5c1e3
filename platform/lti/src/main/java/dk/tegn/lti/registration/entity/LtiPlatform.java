package dk.tegn.lti.registration.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A platform (Moodle, Canvas, ILIAS, Open edX) that launches Tegn: who it is ({@code issuer} and
 * the {@code clientId} it gave Tegn), where its keys and endpoints are, which deployments of Tegn
 * it has, and the organisation the people it launches belong to.
 */
@Entity
@Table(name = "lti_platform")
@NamedQuery(
    name = "LtiPlatform.findByIssuer",
    query = "select p from LtiPlatform p where p.issuer = :issuer order by p.id")
@NamedQuery(name = "LtiPlatform.listAll", query = "select p from LtiPlatform p order by p.name")
@NamedQuery(
    name = "LtiPlatform.listByOrganisations",
    query =
        "select p from LtiPlatform p where p.organisationId in :organisationIds order by p.name")
public class LtiPlatform implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "jwks_url", nullable = false)
  private String jwksUrl;

  @Column(name = "auth_login_url", nullable = false)
  private String authLoginUrl;

  @Column(name = "token_url", nullable = false)
  private String tokenUrl;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lti_deployment", joinColumns = @JoinColumn(name = "platform_id"))
  @Column(name = "deployment_id", nullable = false)
  private Set<String> deploymentIds = new TreeSet<>();

  @Version private long version;

  protected LtiPlatform() {}

  public LtiPlatform(String issuer, String clientId, long organisationId, Instant createdAt) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.organisationId = organisationId;
    this.createdAt = createdAt;
  }

  /** Sets what an admin may change after registering; the issuer and client id stay. */
  public void configure(
      String name,
      String jwksUrl,
      String authLoginUrl,
      String tokenUrl,
      Collection<String> deploymentIds,
      boolean enabled) {
    this.name = name;
    this.jwksUrl = jwksUrl;
    this.authLoginUrl = authLoginUrl;
    this.tokenUrl = tokenUrl;
    this.deploymentIds.clear();
    this.deploymentIds.addAll(deploymentIds);
    this.enabled = enabled;
  }

  public boolean hasDeployment(String deploymentId) {
    return deploymentId != null && deploymentIds.contains(deploymentId);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getJwksUrl() {
    return jwksUrl;
  }

  public String getAuthLoginUrl() {
    return authLoginUrl;
  }

  public String getTokenUrl() {
    return tokenUrl;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<String> getDeploymentIds() {
    return Set.copyOf(deploymentIds);
  }

  public long getVersion() {
    return version;
  }
}
