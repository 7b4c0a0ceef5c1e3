package dk.tegn.core.apikey.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.apikey.entity.ApiKey;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a key presented as {@code Authorization: Bearer <key>}. A valid key signs the request in
 * as the key's service account; anything else (malformed, unknown, wrong secret, revoked, expired,
 * or its account disabled) is refused with an audit line that names the key's public id when it has
 * one and never the key.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {

  /** Why a key was refused, as written in the audit line. */
  public enum Refusal {
    MALFORMED,
    UNKNOWN,
    REVOKED,
    EXPIRED,
    DISABLED
  }

  /** Either the service account to sign in as, or the refusal. */
  public record Result(String username, Set<String> roles, Refusal refusal) {

    public boolean valid() {
      return refusal == null;
    }
  }

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  @Transactional
  public Result authenticate(String presented) {
    Optional<String> publicId = ApiKeyFormat.publicIdOf(presented);
    if (publicId.isEmpty()) {
      return refuse(null, null, Refusal.MALFORMED);
    }
    Optional<ApiKey> found =
        em.createNamedQuery("ApiKey.findByPublicId", ApiKey.class)
            .setParameter("id", publicId.get())
            .getResultStream()
            .findFirst();
    // an unknown id and a wrong secret are the same to the caller and in the log
    if (found.isEmpty() || !ApiKeyFormat.matches(presented, found.get().getSecretHash())) {
      return refuse(publicId.get(), null, Refusal.UNKNOWN);
    }
    ApiKey key = found.get();
    Instant now = clock.now();
    if (key.isRevoked()) {
      return refuse(publicId.get(), key.getAccountId(), Refusal.REVOKED);
    }
    if (key.isExpired(now)) {
      return refuse(publicId.get(), key.getAccountId(), Refusal.EXPIRED);
    }
    Account account = em.find(Account.class, key.getAccountId());
    if (account == null || !account.isEnabled()) {
      return refuse(publicId.get(), key.getAccountId(), Refusal.DISABLED);
    }
    em.createNamedQuery("ApiKey.markUsed")
        .setParameter("now", now)
        .setParameter("hourAgo", now.minus(Duration.ofHours(1)))
        .setParameter("id", key.getId())
        .executeUpdate();
    return new Result(account.getUsername(), Set.of(key.getRole().name()), null);
  }

  private Result refuse(String publicId, Long accountId, Refusal refusal) {
    audit.record(
        accountId,
        "apikey.use",
        "api_key",
        publicId,
        Outcome.REFUSED,
        refusal.name().toLowerCase());
    return new Result(null, Set.of(), refusal);
  }
}
