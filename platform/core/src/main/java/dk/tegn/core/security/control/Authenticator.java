package dk.tegn.core.security.control;

import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.BoundedLine;
import dk.tegn.core.time.PlatformClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password. Wrong passwords are counted on the account (for the
 * administrator) in a transaction of their own, but lock nothing: a lock-out let anyone lock anyone
 * out (issue 16, defect 5). Guessing is slowed instead by {@link SignInThrottle}, per name and per
 * address, before this is called.
 *
 * <p>Hashing is the costly part of a sign-in (tens of milliseconds of CPU each). At most {@code
 * tegn.login.parallelHashes} (default: the number of cores) run at once ({@link BoundedLine}); a
 * sign-in whose turn would come later than {@code tegn.login.hashWaitSeconds} is answered {@link
 * Status#BUSY} at once, with the seconds the line ahead of it takes, without checking anything, so
 * a sign-in storm neither takes every core and request thread from the people already working (an
 * exam's answer saves) nor holds requests until their clients give up.
 */
@ApplicationScoped
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  /** Outcome of a login: the account's roles on success, else why not. */
  public record Result(Status status, Long accountId, Set<String> roles, int retryAfterSeconds) {

    public boolean succeeded() {
      return status == Status.VALID;
    }
  }

  public enum Status {
    VALID,
    INVALID,
    /** Too many sign-ins at once: nothing was checked, try again shortly. */
    BUSY
  }

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;
  @Inject LoginRecorder recorder;

  /** 0 = the number of cores. */
  @Inject
  @ConfigProperty(name = "tegn.login.parallelHashes", defaultValue = "0")
  int parallelHashes;

  @Inject
  @ConfigProperty(name = "tegn.login.hashWaitSeconds", defaultValue = "4")
  int hashWaitSeconds;

  private String dummyHash;

  /** Before a hash has been measured: libargon2 at OWASP's settings on a busy two-core box. */
  private static final double FIRST_GUESS_HASH_MILLIS = 100;

  private BoundedLine hashing;

  @PostConstruct
  void prepare() {
    int permits = parallelHashes > 0 ? parallelHashes : Runtime.getRuntime().availableProcessors();
    hashing = new BoundedLine(permits, hashWaitSeconds * 1000L, FIRST_GUESS_HASH_MILLIS, 1);
    // unknown usernames cost the same hashing time as known ones, so timing does not reveal them
    dummyHash = hasher.hash("not-a-password-" + System.nanoTime());
  }

  /**
   * Not transactional on purpose: the password is hashed while no database connection or row lock
   * is held, so a burst of sign-ins cannot starve the connection pool.
   */
  public Result authenticate(String username, String password) {
    Optional<Account> found = signingIn(username);
    if (found.isEmpty() || !found.get().isEnabled()) {
      BoundedLine.Turn<Check> dummy =
          hashing.run(() -> new Check(hasher.matches(password, dummyHash), null));
      return dummy.refused() ? busy(null, dummy) : new Result(Status.INVALID, null, Set.of(), 0);
    }
    Account account = found.get();
    long id = account.getId();
    String stored = account.getPasswordHash();
    BoundedLine.Turn<Check> turn =
        hashing.run(
            () -> {
              boolean matches = hasher.matches(password, stored);
              // an old hash is replaced while the password is at hand: only a sign-in can do it
              return new Check(
                  matches, matches && hasher.needsRehash(stored) ? hasher.hash(password) : null);
            });
    if (turn.refused()) {
      return busy(id, turn);
    }
    Check check = turn.done();
    if (!check.matches()) {
      recorder.failure(id);
      return new Result(Status.INVALID, id, Set.of(), 0);
    }
    return new Result(Status.VALID, id, recorder.success(id, stored, check.rehash()), 0);
  }

  private static Result busy(Long accountId, BoundedLine.Turn<Check> turn) {
    LOG.fine(() -> "sign-in refused busy: try again in " + turn.retryAfterSeconds() + " s");
    return new Result(Status.BUSY, accountId, Set.of(), turn.retryAfterSeconds());
  }

  /**
   * The account of what was typed: a username, or else an e-mail address that exactly one account
   * has (an address two accounts share names neither; their people sign in with the username).
   */
  private Optional<Account> signingIn(String typed) {
    Optional<Account> byUsername =
        em.createNamedQuery("Account.findByUsername", Account.class)
            .setParameter("username", typed)
            .getResultStream()
            .findFirst();
    if (byUsername.isPresent() || typed == null || !typed.contains("@")) {
      return byUsername;
    }
    List<Account> byEmail =
        em.createNamedQuery("Account.findByEmail", Account.class)
            .setParameter("email", typed.strip())
            .setMaxResults(2)
            .getResultList();
    return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
  }

  private record Check(boolean matches, String rehash) {}
}
