package dk.tegn.core.sso.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.sso.entity.SsoProvider;
import dk.tegn.core.sso.entity.SsoProvider.Mapping;
import dk.tegn.core.sso.entity.SsoProvider.Settings;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator does with single sign-on: configure the provider of an organisation they
 * manage (a national admin: of any), list and remove them. The client secret goes in sealed and
 * never comes out.
 */
@RequestScoped
@Transactional
public class SsoProviders {

  /** Scopes, claims and mappings most providers need; Keycloak's names. */
  public static final String DEFAULT_SCOPES = "openid profile email";

  /** The form; a blank {@code clientSecret} keeps the secret already stored. */
  public record ProviderForm(
      @NotNull(message = "{platform.required}") Long organisationId,
      @NotBlank(message = "{platform.required}")
          @Size(max = 500)
          @Pattern(regexp = "https?://\\S+", message = "{platform.sso.issuer.pattern}")
          String issuer,
      @NotBlank(message = "{platform.required}") @Size(max = 200) String clientId,
      @Size(max = 1000) String clientSecret,
      @NotBlank(message = "{platform.required}") @Size(max = 300) String scopes,
      @NotBlank(message = "{platform.required}") @Size(max = 100) String usernameClaim,
      @NotBlank(message = "{platform.required}") @Size(max = 100) String emailClaim,
      @NotBlank(message = "{platform.required}") @Size(max = 100) String nameClaim,
      @NotBlank(message = "{platform.required}") @Size(max = 100) String groupsClaim,
      List<
              @Pattern(
                  regexp = "[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
                  message = "{platform.sso.domain.pattern}")
              String>
          emailDomains,
      boolean enabled,
      List<@Valid @NotNull Mapping> mappings) {

    /** A form for a new provider with the usual claim names. */
    public static ProviderForm blank(Long organisationId) {
      return new ProviderForm(
          organisationId,
          null,
          null,
          null,
          DEFAULT_SCOPES,
          "preferred_username",
          "email",
          "name",
          "groups",
          List.of(),
          true,
          List.of());
    }
  }

  /**
   * A provider as the admin page and the API show it: never the secret, only whether one is set.
   */
  public record Configured(
      long id,
      long organisationId,
      String organisationCode,
      String organisationName,
      String issuer,
      String clientId,
      boolean clientSecretSet,
      String scopes,
      String usernameClaim,
      String emailClaim,
      String nameClaim,
      String groupsClaim,
      List<String> emailDomains,
      boolean enabled,
      List<Mapping> mappings,
      Instant updatedAt)
      implements Serializable {

    static Configured of(SsoProvider p) {
      return new Configured(
          p.getId(),
          p.getOrganisation().getId(),
          p.getOrganisation().getCode(),
          p.getOrganisation().getName(),
          p.getIssuer(),
          p.getClientId(),
          p.hasClientSecret(),
          p.getScopes(),
          p.getUsernameClaim(),
          p.getEmailClaim(),
          p.getNameClaim(),
          p.getGroupsClaim(),
          p.getEmailDomains(),
          p.isEnabled(),
          p.mappingRows(),
          p.getUpdatedAt());
    }

    /** The form filled with these settings (no secret). */
    public ProviderForm form() {
      return new ProviderForm(
          organisationId,
          issuer,
          clientId,
          null,
          scopes,
          usernameClaim,
          emailClaim,
          nameClaim,
          groupsClaim,
          emailDomains,
          enabled,
          mappings);
    }
  }

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject AccountDirectory directory;
  @Inject SsoSecrets secrets;
  @Inject AuditLog audit;
  @Inject PlatformClock clock;

  /** Providers of the organisations this admin manages. */
  public List<Configured> list() {
    caller.requireRole(Role.ADMIN);
    List<SsoProvider> providers =
        caller.isNational(Role.ADMIN)
            ? em.createNamedQuery("SsoProvider.findAll", SsoProvider.class)
                .setMaxResults(1000)
                .getResultList()
            : em.createNamedQuery("SsoProvider.findByOrganisations", SsoProvider.class)
                .setParameter("organisationIds", List.copyOf(caller.organisationsWith(Role.ADMIN)))
                .setMaxResults(1000)
                .getResultList();
    return providers.stream().map(Configured::of).toList();
  }

  public Configured provider(long id) {
    return Configured.of(managed(id));
  }

  private SsoProvider managed(long id) {
    SsoProvider provider = em.find(SsoProvider.class, id);
    if (provider == null) {
      throw new RecordNotFoundException("sso provider", id);
    }
    caller.requireRoleIn(Role.ADMIN, provider.getOrganisation().getId());
    return provider;
  }

  /** Creates the organisation's provider, or changes the one it has. */
  public Configured save(@Valid @NotNull ProviderForm form) {
    caller.requireRoleIn(Role.ADMIN, form.organisationId());
    Settings settings =
        new Settings(
            form.issuer(),
            form.clientId(),
            form.scopes(),
            form.usernameClaim(),
            form.emailClaim(),
            form.nameClaim(),
            form.groupsClaim(),
            form.emailDomains() == null ? List.of() : form.emailDomains(),
            form.enabled());
    List<Mapping> mappings =
        form.mappings() == null
            ? List.of()
            : form.mappings().stream().filter(Objects::nonNull).toList();
    for (Mapping m : mappings) {
      if (m.group() == null || m.group().isBlank() || (m.role() == null && m.cohortId() == null)) {
        throw new RuleViolationException(Messages.PLATFORM, "admin_sso.mappingIncomplete");
      }
    }
    for (String domain : settings.emailDomains()) {
      em.createNamedQuery("SsoProvider.findEnabledByDomain", SsoProvider.class)
          .setParameter("domain", "%," + domain.strip().toLowerCase(java.util.Locale.ROOT) + ",%")
          .getResultStream()
          .filter(p -> !p.getOrganisation().getId().equals(form.organisationId()))
          .findFirst()
          .ifPresent(
              other -> {
                throw new RuleViolationException(
                    Messages.PLATFORM, "admin_sso.domainTaken", domain);
              });
    }
    SsoProvider provider =
        em.createNamedQuery("SsoProvider.findByOrganisationCode", SsoProvider.class)
            .setParameter("code", directory.organisation(form.organisationId()).getCode())
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean created = provider == null;
    if (created) {
      provider =
          new SsoProvider(directory.organisation(form.organisationId()), settings, clock.now());
      em.persist(provider);
      em.flush();
    } else {
      provider.configure(settings, clock.now());
    }
    provider.map(mappings);
    if (form.clientSecret() != null && !form.clientSecret().isBlank()) {
      provider.sealSecret(
          secrets.seal(form.clientSecret().strip(), provider.secretContext()), secrets.keyId());
    }
    em.flush();
    audit.record(
        caller.accountId(),
        created ? "sso.provider.create" : "sso.provider.update",
        "sso_provider",
        provider.getId(),
        Outcome.ALLOWED);
    return Configured.of(provider);
  }

  /** Removes the provider; its people keep their accounts but sign in by password from now on. */
  public void remove(long id) {
    SsoProvider provider = managed(id);
    em.createQuery("delete from SsoIdentity i where i.providerId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.remove(provider);
    audit.record(caller.accountId(), "sso.provider.remove", "sso_provider", id, Outcome.ALLOWED);
  }
}
