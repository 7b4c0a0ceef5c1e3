package dk.tegn.core.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.control.Authenticator.Result;
import dk.tegn.core.security.control.Authenticator.Status;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in on the real database: Argon2id for new hashes, old PBKDF2 hashes upgraded on the way, the
 * lock-out, unknown users costing a hash too, and the bound on hashes running at once.
 */
class AuthenticatorTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  /** Jakarta Security's PBKDF2-HMAC-SHA512 hash of "tegn-demo" (see PasswordHasherTest). */
  static final String OLD_HASH =
      "PBKDF2WithHmacSHA512:210000:ZadLQ+tHAzVuJSTiQp9M5g==:"
          + "6DnhRusWF3yqN55id9IQ+7E42ZiGBWutnquKe6BMiXA=";

  static EntityManagerFactory emf;

  EntityManager reader;
  Organisation org;
  String suffix;
  final CountingHasher hasher = new CountingHasher();

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-core-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @BeforeEach
  void arrange() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    org =
        JpaTestSupport.inTransaction(
            emf,
            em -> {
              Organisation o = new Organisation("o-" + suffix, "O", "da", false, NOW);
              em.persist(o);
              return o;
            });
    reader = emf.createEntityManager();
  }

  @AfterEach
  void closeReader() {
    reader.close();
  }

  /** A hasher that counts its checks and can be held inside one, to fill the hashing slots. */
  static class CountingHasher extends PasswordHasher {
    final AtomicInteger checks = new AtomicInteger();
    volatile CountDownLatch inside;
    volatile CountDownLatch release;

    @Override
    public boolean matches(String password, String hash) {
      checks.incrementAndGet();
      if (release != null) {
        inside.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return super.matches(password, hash);
    }
  }

  /** The container runs these in transactions of their own (REQUIRES_NEW); so does the test. */
  static class OwnTransactionRecorder extends LoginRecorder {
    @Override
    public void failure(long accountId) {
      JpaTestSupport.run(emf, em -> recorderOn(em).failure(accountId));
    }

    @Override
    public java.util.Set<String> success(long accountId, String verifiedHash, String newHash) {
      return JpaTestSupport.inTransaction(
          emf, em -> recorderOn(em).success(accountId, verifiedHash, newHash));
    }

    private LoginRecorder recorderOn(EntityManager em) {
      LoginRecorder r = new LoginRecorder();
      r.em = em;
      r.clock = clock;
      r.audit = audit;
      return r;
    }
  }

  static class OwnTransactionAuditLog extends AuditLog {
    private final PlatformClock time;

    OwnTransactionAuditLog(PlatformClock clock) {
      super(null, clock);
      this.time = clock;
    }

    @Override
    public void record(
        Long actor, String action, String type, Object id, Outcome outcome, String detail) {
      JpaTestSupport.run(
          emf, em -> new AuditLog(em, time).record(actor, action, type, id, outcome, detail));
    }
  }

  Authenticator authenticator(int parallelHashes, int waitSeconds) {
    PlatformClock clock = new PlatformClock(Clock.fixed(NOW, ZoneOffset.UTC));
    Authenticator a = new Authenticator();
    a.em = reader;
    a.hasher = hasher;
    a.clock = clock;
    a.audit = new OwnTransactionAuditLog(clock);
    a.recorder = new OwnTransactionRecorder();
    a.recorder.clock = clock;
    a.recorder.audit = a.audit;
    a.parallelHashes = parallelHashes;
    a.hashWaitSeconds = waitSeconds;
    a.prepare();
    return a;
  }

  String account(String hash) {
    String username = "u-" + suffix;
    JpaTestSupport.run(
        emf, em -> em.persist(new Account(username, "U", null, em.merge(org), hash, NOW)));
    return username;
  }

  String storedHash(String username) {
    return stored(username).getPasswordHash();
  }

  Account stored(String username) {
    return JpaTestSupport.inTransaction(
        emf,
        em ->
            em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getSingleResult());
  }

  @Test
  void anOldPbkdf2HashSignsInAndIsReplacedByArgon2idForTheSamePassword() {
    String username = account(OLD_HASH);
    Authenticator authenticator = authenticator(2, 5);
    assertEquals(Status.VALID, authenticator.authenticate(username, "tegn-demo").status());
    String upgraded = storedHash(username);
    assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);
    reader.clear();
    assertEquals(Status.VALID, authenticator.authenticate(username, "tegn-demo").status());
    assertEquals(upgraded, storedHash(username), "a current hash stays as it is");
    reader.clear();
    assertEquals(Status.INVALID, authenticator.authenticate(username, "tegn-demo2").status());
  }

  @Test
  void aWrongPasswordLeavesAnOldHashAsItIs() {
    String username = account(OLD_HASH);
    assertEquals(Status.INVALID, authenticator(2, 5).authenticate(username, "nope").status());
    assertEquals(OLD_HASH, storedHash(username));
  }

  @Test
  void wrongPasswordsAreCountedButLockNothingSoTheOwnerStillSignsIn() {
    String username = account(new PasswordHasher().hash("right"));
    Authenticator authenticator = authenticator(2, 5);
    for (int i = 1; i <= 6; i++) {
      reader.clear();
      assertEquals(Status.INVALID, authenticator.authenticate(username, "wrong").status());
    }
    assertEquals(6, failedLogins(username), "counted for the administrator");
    reader.clear();
    assertEquals(
        Status.VALID,
        authenticator.authenticate(username, "right").status(),
        "an attacker's wrong passwords do not lock the owner out (the throttle slows guessing)");
    assertEquals(0, failedLogins(username));
  }

  @Test
  void theEmailAddressSignsInWhenOneAccountHasIt() {
    String username = "u-" + suffix;
    String email = "Person." + suffix + "@Example.dk";
    String hash = new PasswordHasher().hash("right");
    JpaTestSupport.run(
        emf, em -> em.persist(new Account(username, "U", email, em.merge(org), hash, NOW)));
    Authenticator authenticator = authenticator(2, 5);
    Result byEmail = authenticator.authenticate(email.toLowerCase(java.util.Locale.ROOT), "right");
    assertEquals(Status.VALID, byEmail.status(), "the address as typed, in any case");
    reader.clear();
    assertEquals(Status.INVALID, authenticator.authenticate(email, "wrong").status());

    // a second account with the same address: neither signs in by it, each by its username
    String second = "v-" + suffix;
    JpaTestSupport.run(
        emf, em -> em.persist(new Account(second, "V", email, em.merge(org), hash, NOW)));
    reader.clear();
    assertEquals(Status.INVALID, authenticator.authenticate(email, "right").status());
    reader.clear();
    assertEquals(Status.VALID, authenticator.authenticate(second, "right").status());
  }

  int failedLogins(String username) {
    return stored(username).getFailedLogins();
  }

  @Test
  void anUnknownUsernameCostsAPasswordCheckLikeAKnownOne() {
    Authenticator authenticator = authenticator(2, 5);
    int before = hasher.checks.get();
    assertEquals(Status.INVALID, authenticator.authenticate("nobody-" + suffix, "x").status());
    assertEquals(before + 1, hasher.checks.get());
  }

  @Test
  void aSignInFindingEveryHashingSlotTakenIsToldToTryAgainWithoutAFailureCounted()
      throws Exception {
    String username = account(new PasswordHasher().hash("right"));
    Authenticator authenticator = authenticator(1, 0);
    hasher.inside = new CountDownLatch(1);
    hasher.release = new CountDownLatch(1);
    // the entity manager is used by one thread at a time: the holder is past its query once inside
    CompletableFuture<Result> holder =
        CompletableFuture.supplyAsync(() -> authenticator.authenticate(username, "right"));
    assertTrue(hasher.inside.await(30, TimeUnit.SECONDS), "first sign-in is hashing");
    assertEquals(Status.BUSY, authenticator.authenticate(username, "wrong").status());
    assertEquals(Status.BUSY, authenticator.authenticate("nobody-" + suffix, "x").status());
    hasher.release.countDown();
    assertEquals(Status.VALID, holder.get(30, TimeUnit.SECONDS).status());
    hasher.release = null;
    reader.clear();
    reader.clear();
    assertEquals(
        0, failedLogins(username), "the busy refusals counted no failure (nothing was checked)");
  }
}
