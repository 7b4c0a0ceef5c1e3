package dk.tegn.core.sso.entity;

import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation's OpenID Connect provider: where to send its people, as which client, which
 * claims name them, and what their groups give them in Tegn. One per organisation. The client
 * secret is held sealed; this entity never sees it in clear.
 */
@Entity
@Table(name = "plt_sso_provider")
@NamedQuery(
    name = "SsoProvider.findAll",
    query = "select p from SsoProvider p order by p.organisation.name, p.id")
@NamedQuery(
    name = "SsoProvider.findByOrganisations",
    query =
        "select p from SsoProvider p where p.organisation.id in :organisationIds"
            + " order by p.organisation.name, p.id")
@NamedQuery(
    name = "SsoProvider.findByOrganisationCode",
    query = "select p from SsoProvider p where p.organisation.code = :code")
@NamedQuery(
    name = "SsoProvider.listEnabled",
    query = "select p from SsoProvider p where p.enabled = true order by p.organisation.name")
@NamedQuery(
    name = "SsoProvider.findEnabledByDomain",
    query =
        "select p from SsoProvider p where p.enabled = true and p.emailDomains like :domain"
            + " order by p.id")
public class SsoProvider implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(nullable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "client_secret")
  private byte[] clientSecret;

  @Column(name = "secret_key_id")
  private Long secretKeyId;

  @Column(nullable = false)
  private String scopes;

  @Column(name = "username_claim", nullable = false)
  private String usernameClaim;

  @Column(name = "email_claim", nullable = false)
  private String emailClaim;

  @Column(name = "name_claim", nullable = false)
  private String nameClaim;

  @Column(name = "groups_claim", nullable = false)
  private String groupsClaim;

  /** Lower case, comma separated, with a comma before the first and after the last (for LIKE). */
  @Column(name = "email_domains", nullable = false)
  private String emailDomains;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<SsoGroupMapping> mappings = new ArrayList<>();

  /** What an administrator sets; the secret is handled apart. */
  public record Settings(
      String issuer,
      String clientId,
      String scopes,
      String usernameClaim,
      String emailClaim,
      String nameClaim,
      String groupsClaim,
      List<String> emailDomains,
      boolean enabled) {}

  /** One row of the group table. */
  public record Mapping(String group, Role role, Long cohortId) implements Serializable {}

  protected SsoProvider() {}

  public SsoProvider(Organisation organisation, Settings settings, Instant now) {
    this.organisation = Objects.requireNonNull(organisation);
    this.createdAt = now;
    configure(settings, now);
  }

  public final void configure(Settings settings, Instant now) {
    this.issuer = settings.issuer().strip();
    this.clientId = settings.clientId().strip();
    this.scopes = settings.scopes().strip();
    this.usernameClaim = settings.usernameClaim().strip();
    this.emailClaim = settings.emailClaim().strip();
    this.nameClaim = settings.nameClaim().strip();
    this.groupsClaim = settings.groupsClaim().strip();
    List<String> domains =
        settings.emailDomains().stream()
            .map(d -> d.strip().toLowerCase(Locale.ROOT))
            .filter(d -> !d.isEmpty())
            .distinct()
            .toList();
    this.emailDomains = domains.isEmpty() ? "," : "," + String.join(",", domains) + ",";
    this.enabled = settings.enabled();
    this.updatedAt = now;
  }

  /** Replaces the group table (rows without a role and a cohort are left out). */
  public void map(List<Mapping> rows) {
    mappings.clear();
    for (Mapping row : rows) {
      if (row.group() != null
          && !row.group().isBlank()
          && (row.role() != null || row.cohortId() != null)) {
        mappings.add(new SsoGroupMapping(this, row.group().strip(), row.role(), row.cohortId()));
      }
    }
  }

  public void sealSecret(byte[] sealed, long keyId) {
    this.clientSecret = sealed;
    this.secretKeyId = keyId;
  }

  /** The roles the person's groups give; roles no row names are the administrator's to grant. */
  public Set<Role> rolesFor(Set<String> groups) {
    return mappings.stream()
        .filter(m -> m.getRole() != null && groups.contains(m.getGroupName()))
        .map(SsoGroupMapping::getRole)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Set<Role> mappedRoles() {
    return mappings.stream()
        .map(SsoGroupMapping::getRole)
        .filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Set<Long> cohortsFor(Set<String> groups) {
    return mappings.stream()
        .filter(m -> m.getCohortId() != null && groups.contains(m.getGroupName()))
        .map(SsoGroupMapping::getCohortId)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Set<Long> mappedCohorts() {
    return mappings.stream()
        .map(SsoGroupMapping::getCohortId)
        .filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The associated data a sealed secret is bound to: a copy moved to another row fails to open. */
  public String secretContext() {
    return "plt_sso_provider/" + organisation.getId() + "/client_secret";
  }

  public Long getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public byte[] getClientSecret() {
    return clientSecret == null ? null : clientSecret.clone();
  }

  public boolean hasClientSecret() {
    return clientSecret != null;
  }

  public String getScopes() {
    return scopes;
  }

  public String getUsernameClaim() {
    return usernameClaim;
  }

  public String getEmailClaim() {
    return emailClaim;
  }

  public String getNameClaim() {
    return nameClaim;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }

  public List<String> getEmailDomains() {
    return Arrays.stream(emailDomains.split(",")).filter(d -> !d.isEmpty()).toList();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The group table as rows of the form. */
  public List<Mapping> mappingRows() {
    return mappings.stream()
        .map(m -> new Mapping(m.getGroupName(), m.getRole(), m.getCohortId()))
        .toList();
  }

  public List<SsoGroupMapping> getMappings() {
    return Collections.unmodifiableList(mappings);
  }
}
