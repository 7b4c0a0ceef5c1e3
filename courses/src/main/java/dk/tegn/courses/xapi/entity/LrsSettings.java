package dk.tegn.courses.xapi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The Learning Record Store an organisation sends its statements to. The secret is stored sealed
 * (see {@code LrsSecrets}); only the sender opens it, never a page or an answer of the API.
 */
@Entity
@Table(name = "crs_xapi_lrs")
@NamedQuery(
    name = "LrsSettings.listEnabled",
    query = "select s from LrsSettings s where s.enabled = true order by s.organisationId")
public class LrsSettings {

  @Id
  @Column(name = "organisation_id")
  private long organisationId;

  @Column(nullable = false)
  private String endpoint;

  @Column(name = "lrs_key", nullable = false)
  private String key;

  @Column(name = "secret_sealed", nullable = false)
  private byte[] secretSealed;

  @Column(name = "home_page")
  private String homePage;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_naming", nullable = false)
  private ActorNaming actorNaming;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected LrsSettings() {}

  public LrsSettings(long organisationId) {
    this.organisationId = organisationId;
    this.actorNaming = ActorNaming.PSEUDONYM;
  }

  /**
   * Points the organisation at an LRS. The endpoint is the LRS's xAPI base (statements are sent to
   * its {@code statements} resource) and must be an absolute http(s) address.
   */
  public void configure(
      String endpoint,
      String key,
      String homePage,
      ActorNaming naming,
      boolean enabled,
      Instant now) {
    this.endpoint = requireHttp(endpoint);
    this.key = Objects.requireNonNull(key);
    this.homePage = homePage == null || homePage.isBlank() ? null : requireHttp(homePage);
    this.actorNaming = Objects.requireNonNull(naming);
    this.enabled = enabled;
    this.updatedAt = now;
  }

  public void sealSecret(byte[] sealed) {
    this.secretSealed = Objects.requireNonNull(sealed);
  }

  public boolean hasSecret() {
    return secretSealed != null;
  }

  /** The address of the statements resource: the endpoint with {@code statements} appended. */
  public URI statementsUri() {
    return URI.create((endpoint.endsWith("/") ? endpoint : endpoint + "/") + "statements");
  }

  private static String requireHttp(String address) {
    URI uri;
    try {
      uri = URI.create(address.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an address: " + address, e);
    }
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException("not an http(s) address: " + address);
    }
    return uri.toString();
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public String getKey() {
    return key;
  }

  public byte[] getSecretSealed() {
    return secretSealed;
  }

  public String getHomePage() {
    return homePage;
  }

  public ActorNaming getActorNaming() {
    return actorNaming;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
