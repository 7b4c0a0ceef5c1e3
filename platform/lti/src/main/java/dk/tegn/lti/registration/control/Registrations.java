package dk.tegn.lti.registration.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import dk.tegn.lti.registration.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an administrator does with LTI platforms: register, change, list, remove. An admin of a
 * national organisation manages every registration, any other admin those of their organisation.
 */
@ApplicationScoped
@Transactional
public class Registrations {

  /** An absolute http(s) address without spaces. */
  static final String URL = "https?://[^\\s]+";

  /** The form of a registration, as the platform's admin reads it off its tool configuration. */
  public record PlatformForm(
      @NotBlank(message = "{platform.required}") @Size(max = 200) String name,
      @NotBlank(message = "{platform.required}")
          @Size(max = 500)
          @Pattern(regexp = URL, message = "{lti.url}")
          String issuer,
      @NotBlank(message = "{platform.required}") @Size(max = 255) String clientId,
      @NotBlank(message = "{platform.required}")
          @Size(max = 2000)
          @Pattern(
              regexp = "[^,\\s]{1,255}(\\s*[,\\s]\\s*[^,\\s]{1,255})*",
              message = "{lti.deployments}")
          String deploymentIds,
      @NotBlank(message = "{platform.required}")
          @Size(max = 1000)
          @Pattern(regexp = URL, message = "{lti.url}")
          String jwksUrl,
      @NotBlank(message = "{platform.required}")
          @Size(max = 1000)
          @Pattern(regexp = URL, message = "{lti.url}")
          String authLoginUrl,
      @NotBlank(message = "{platform.required}")
          @Size(max = 1000)
          @Pattern(regexp = URL, message = "{lti.url}")
          String tokenUrl,
      @NotNull(message = "{platform.required}") Long organisationId,
      @Schema(description = "Whether launches are taken; true when not given.") Boolean enabled) {

    /** The deployment ids, written one per line or separated by commas. */
    public Set<String> deployments() {
      Set<String> ids = new TreeSet<>();
      Arrays.stream(deploymentIds.split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(ids::add);
      return ids;
    }

    public static PlatformForm of(LtiPlatform p) {
      return new PlatformForm(
          p.getName(),
          p.getIssuer(),
          p.getClientId(),
          String.join("\n", p.getDeploymentIds()),
          p.getJwksUrl(),
          p.getAuthLoginUrl(),
          p.getTokenUrl(),
          p.getOrganisationId(),
          p.isEnabled());
    }
  }

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  public List<LtiPlatform> list() {
    caller.requireRole(Role.ADMIN);
    if (caller.isNational(Role.ADMIN)) {
      return em.createNamedQuery("LtiPlatform.listAll", LtiPlatform.class)
          .setMaxResults(500)
          .getResultList();
    }
    return em.createNamedQuery("LtiPlatform.listByOrganisations", LtiPlatform.class)
        .setParameter("organisationIds", caller.organisationsWith(Role.ADMIN))
        .setMaxResults(500)
        .getResultList();
  }

  public LtiPlatform platform(long id) {
    LtiPlatform platform = em.find(LtiPlatform.class, id);
    if (platform == null) {
      throw new RecordNotFoundException("lti platform", id);
    }
    caller.requireRoleIn(Role.ADMIN, platform.getOrganisationId());
    return platform;
  }

  public LtiPlatform register(@Valid @NotNull PlatformForm form) {
    caller.requireRoleIn(Role.ADMIN, form.organisationId());
    if (byIssuerAndClient(form.issuer().trim(), form.clientId().trim()).isPresent()) {
      throw new RuleViolationException(Messages.LTI, "lti.admin.duplicate");
    }
    LtiPlatform platform =
        new LtiPlatform(
            form.issuer().trim(), form.clientId().trim(), form.organisationId(), clock.now());
    apply(platform, form);
    em.persist(platform);
    em.flush();
    audit.record(
        caller.accountId(),
        "lti.platform.register",
        "lti_platform",
        platform.getId(),
        Outcome.ALLOWED);
    return platform;
  }

  /** Changes a registration; its issuer, client id and organisation stay as registered. */
  public LtiPlatform change(long id, @Valid @NotNull PlatformForm form) {
    LtiPlatform platform = platform(id);
    if (!platform.getIssuer().equals(form.issuer().trim())
        || !platform.getClientId().equals(form.clientId().trim())
        || platform.getOrganisationId() != form.organisationId().longValue()) {
      throw new RuleViolationException(Messages.LTI, "lti.admin.identityFixed");
    }
    apply(platform, form);
    audit.record(caller.accountId(), "lti.platform.change", "lti_platform", id, Outcome.ALLOWED);
    return platform;
  }

  public void remove(long id) {
    LtiPlatform platform = platform(id);
    em.remove(platform);
    audit.record(caller.accountId(), "lti.platform.remove", "lti_platform", id, Outcome.ALLOWED);
  }

  private static void apply(LtiPlatform platform, PlatformForm form) {
    platform.configure(
        form.name().trim(),
        form.jwksUrl().trim(),
        form.authLoginUrl().trim(),
        form.tokenUrl().trim(),
        form.deployments(),
        !Boolean.FALSE.equals(form.enabled()));
  }

  /** For the launch, before anyone is signed in: the enabled registration of this issuer. */
  public Optional<LtiPlatform> byIssuerAndClient(String issuer, String clientId) {
    return em.createNamedQuery("LtiPlatform.findByIssuer", LtiPlatform.class)
        .setParameter("issuer", issuer)
        .getResultStream()
        .filter(p -> clientId == null || p.getClientId().equals(clientId))
        .findFirst();
  }

  /** For the launch: a platform by id, without a caller check. */
  public Optional<LtiPlatform> trusted(long id) {
    return Optional.ofNullable(em.find(LtiPlatform.class, id));
  }
}
