package dk.tegn.core.apikey.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.apikey.entity.ApiKey;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * What an administrator does with API keys: issue one for an organisation with a role and an expiry
 * (the key is shown once), list them, revoke one. Each key acts as its own service account, which
 * holds exactly the key's role in the key's organisation, so every service scopes a script's calls
 * as it scopes a person's. An admin of a national organisation manages keys of every organisation;
 * any other admin only their own. A key cannot issue keys.
 */
@RequestScoped
@Transactional
public class ApiKeys {

  /** The longest a key may live: a forgotten key should not work for ever. */
  public static final int MAX_DAYS = 730;

  static final String SERVICE_ACCOUNT_PREFIX = "apikey-";

  /** The form for a new key; it expires at the start of {@code expiresOn} (UTC). */
  public record NewKey(
      @NotBlank(message = "{platform.required}") @Size(max = 100) String name,
      @NotNull(message = "{platform.required}") Long organisationId,
      @NotNull(message = "{platform.required}") Role role,
      @NotNull(message = "{platform.required}") LocalDate expiresOn) {}

  /** A key just issued: {@code key} is its only appearance anywhere. */
  public record Issued(ApiKeyView record, String key) {}

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject AccountDirectory directory;
  @Inject AuditLog audit;
  @Inject PlatformClock clock;

  public Issued issue(@Valid @NotNull NewKey form) {
    caller.requireRoleIn(Role.ADMIN, form.organisationId());
    requirePerson();
    Instant now = clock.now();
    Instant expires = form.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant();
    if (!expires.isAfter(now)) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_apikeys.expiryPast");
    }
    if (expires.isAfter(now.plus(java.time.Duration.ofDays(MAX_DAYS + 1L)))) {
      throw new RuleViolationException(Messages.PLATFORM, "admin_apikeys.expiryTooLate", MAX_DAYS);
    }
    ApiKeyFormat.Generated generated = ApiKeyFormat.generate();
    Account service =
        directory.create(
            SERVICE_ACCOUNT_PREFIX + generated.publicId(),
            form.name().trim(),
            null,
            form.organisationId(),
            unusablePassword(),
            List.of(form.role()));
    ApiKey key =
        new ApiKey(
            generated.publicId(),
            ApiKeyFormat.hash(generated.key()),
            form.name().trim(),
            service.getId(),
            form.organisationId(),
            form.role(),
            caller.accountId(),
            now,
            expires);
    em.persist(key);
    em.flush();
    audit.record(
        caller.accountId(), "apikey.issue", "api_key", key.getId(), Outcome.ALLOWED, roleOf(key));
    return new Issued(ApiKeyView.of(key, now), generated.key());
  }

  /** Keys of one organisation, or of every organisation this admin manages (null), newest first. */
  public List<ApiKeyView> list(Long organisationId, int first, int max) {
    caller.requireRole(Role.ADMIN);
    Long scope;
    if (organisationId != null) {
      caller.requireRoleIn(Role.ADMIN, organisationId);
      scope = organisationId;
    } else {
      scope = caller.isNational(Role.ADMIN) ? null : caller.organisationId();
    }
    return em.createNamedQuery("ApiKey.listByOrganisation", ApiKey.class)
        .setParameter("organisationId", scope)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(k -> ApiKeyView.of(k, clock.now()))
        .toList();
  }

  /** Revokes the key and disables its service account; the next call with it gets 401. */
  public ApiKeyView revoke(long keyId) {
    ApiKey key = em.find(ApiKey.class, keyId);
    if (key == null) {
      throw new RecordNotFoundException("api_key", keyId);
    }
    caller.requireRoleIn(Role.ADMIN, key.getOrganisationId());
    key.revoke(caller.accountId(), clock.now());
    directory.account(key.getAccountId()).disable();
    audit.record(caller.accountId(), "apikey.revoke", "api_key", keyId, Outcome.ALLOWED);
    return ApiKeyView.of(key, clock.now());
  }

  /** A script holding an admin key must not mint keys that outlive its own. */
  private void requirePerson() {
    long keys =
        em.createNamedQuery("ApiKey.countByAccount", Long.class)
            .setParameter("id", caller.accountId())
            .getSingleResult();
    if (keys > 0) {
      throw new AccessDeniedException("an API key cannot issue API keys");
    }
  }

  /** A service account signs in with its key only: its password is random and thrown away. */
  private static String unusablePassword() {
    byte[] random = new byte[32];
    new java.security.SecureRandom().nextBytes(random);
    return Base64.getEncoder().encodeToString(random);
  }

  private static String roleOf(ApiKey key) {
    return "role=" + key.getRole().name() + " organisation=" + key.getOrganisationId();
  }
}
