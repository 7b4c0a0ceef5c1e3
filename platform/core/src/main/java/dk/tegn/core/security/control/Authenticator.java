package dk.tegn.core.security.control;

import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.time.PlatformClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password, and keeps the lock-out rule: the fifth wrong password in a row
 * locks the account for a while. Failures are counted in a transaction of their own, so they stick
 * even though the login fails.
 */
@ApplicationScoped
public class Authenticator {

  /** Outcome of a login: the account's roles on success, else why not. */
  public record Result(Status status, Long accountId, Set<String> roles, Instant lockedUntil) {

    public boolean succeeded() {
      return status == Status.VALID;
    }
  }

  public enum Status {
    VALID,
    INVALID,
    LOCKED
  }

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;
  @Inject LoginRecorder recorder;

  @Inject
  @ConfigProperty(name = "tegn.login.maxFailures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "tegn.login.lockMinutes", defaultValue = "15")
  int lockMinutes;

  private String dummyHash;

  @PostConstruct
  void prepareDummyHash() {
    // unknown usernames cost the same hashing time as known ones, so timing does not reveal them
    dummyHash = hasher.hash("not-a-password-" + System.nanoTime());
  }

  /**
   * Not transactional on purpose: the password is hashed while no database connection or row lock
   * is held, so a burst of sign-ins cannot starve the connection pool.
   */
  public Result authenticate(String username, String password) {
    Optional<Account> found =
        em.createNamedQuery("Account.findByUsername", Account.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst();
    if (found.isEmpty() || !found.get().isEnabled()) {
      hasher.matches(password, dummyHash);
      return new Result(Status.INVALID, null, Set.of(), null);
    }
    Account account = found.get();
    long id = account.getId();
    if (account.isLocked(clock.now())) {
      audit.record(id, "login", "account", id, Outcome.REFUSED, "locked");
      return new Result(Status.LOCKED, id, Set.of(), account.getLockedUntil());
    }
    if (!hasher.matches(password, account.getPasswordHash())) {
      Instant lockedUntil = recorder.failure(id, maxFailures, Duration.ofMinutes(lockMinutes));
      return lockedUntil == null
          ? new Result(Status.INVALID, id, Set.of(), null)
          : new Result(Status.LOCKED, id, Set.of(), lockedUntil);
    }
    return new Result(Status.VALID, id, recorder.success(id), null);
  }

  /** When the account is locked now, until when; used to explain a refused login. */
  public Optional<Instant> lockedUntil(String username) {
    Instant now = clock.now();
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(a -> a.isEnabled() && a.isLocked(now))
        .map(Account::getLockedUntil)
        .findFirst();
  }
}
