package dk.tegn.core.security.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.RoleGrant;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Records the outcome of a password check in a short transaction of its own, with the account row
 * locked only for the update, never during the (slow) hashing.
 */
@ApplicationScoped
public class LoginRecorder {

  private static final Logger LOG = Logger.getLogger(LoginRecorder.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  /** Counts a wrong password on the account; it locks nothing (see {@link SignInThrottle}). */
  @Transactional(TxType.REQUIRES_NEW)
  public void failure(long accountId) {
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    // an administrator looking into an attack finds every refused sign-in
    audit.record(accountId, "login", "account", accountId, Outcome.REFUSED, "password");
    account.recordFailedLogin();
  }

  /**
   * Clears the failure count, stores the password's new hash when there is one, and returns the
   * roles the account holds.
   *
   * @param verifiedHash the hash the password was checked against
   * @param newHash the same password hashed in the current format; null to keep the hash
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Set<String> success(long accountId, String verifiedHash, String newHash) {
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    account.recordSuccessfulLogin();
    account.signedIn(clock.now());
    // a password changed while this sign-in was hashing wins over the upgrade of the old one
    if (newHash != null && account.getPasswordHash().equals(verifiedHash)) {
      account.rehashPassword(newHash);
      LOG.fine(() -> "account " + accountId + ": password hash upgraded to the current format");
    }
    return account.getGrants().stream()
        .map(RoleGrant::getRole)
        .map(Enum::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
