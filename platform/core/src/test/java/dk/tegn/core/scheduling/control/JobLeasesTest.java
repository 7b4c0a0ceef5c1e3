package dk.tegn.core.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a cluster contend for a job's lease on the real MariaDB, each through its own
 * connection, with fixed clocks: never both hold it, the holder renews it, and when the holder
 * stops renewing (it crashed) the other takes over once the lease has run out.
 */
class JobLeasesTest {

  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final Duration LEASE = Duration.ofSeconds(14);

  static EntityManagerFactory emf;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-core-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  /** One acquisition by {@code instance} at {@code now}, committed as in the container. */
  static boolean acquire(String instance, String job, Instant now) {
    PlatformClock clock = new PlatformClock(Clock.fixed(now, ZoneOffset.UTC));
    return JpaTestSupport.inTransaction(
        emf, em -> new JobLeases(em, clock, instance).acquire(job, LEASE));
  }

  static long timesTaken(String job) {
    return JpaTestSupport.inTransaction(
        emf,
        em ->
            ((Number)
                    em.createNativeQuery("select times_taken from plt_job_lease where job = ?")
                        .setParameter(1, job)
                        .getSingleResult())
                .longValue());
  }

  static String job() {
    return "test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void twoContendersAskingAtTheSameMomentNeverBothHoldTheLease() throws Exception {
    String job = job();
    int periods = 30;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int p = 0; p < periods; p++) {
        // each period starts after the last lease ran out: either contender may win it
        Instant now = T0.plus(Duration.ofSeconds(15L * p));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (String instance : List.of("node-a", "node-b")) {
          answers.add(
              pool.submit(
                  () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return acquire(instance, job, now);
                  }));
        }
        boolean a = answers.get(0).get(30, TimeUnit.SECONDS);
        boolean b = answers.get(1).get(30, TimeUnit.SECONDS);
        assertTrue(a ^ b, "period " + p + ": exactly one holder, got a=" + a + " b=" + b);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(periods, timesTaken(job), "the job ran once per period");
  }

  @Test
  void holderRenewsWhileOthersWaitAndExpiryHandsTheLeaseOver() {
    String job = job();
    assertTrue(acquire("node-a", job, T0), "a free lease is taken");
    assertFalse(acquire("node-b", job, T0.plusSeconds(10)), "held by a until T0+14");
    assertTrue(acquire("node-a", job, T0.plusSeconds(10)), "the holder renews, until T0+24");
    assertFalse(acquire("node-b", job, T0.plusSeconds(20)), "the renewal counts");
    assertFalse(acquire("node-b", job, T0.plusSeconds(23)), "still a second to go");
    // a stopped renewing (crashed): once its lease has run out, b takes over
    assertTrue(acquire("node-b", job, T0.plusSeconds(24)), "expiry hands the lease over");
    assertFalse(acquire("node-a", job, T0.plusSeconds(25)), "a, back again, waits its turn");
    assertEquals(3, timesTaken(job));
  }

  @Test
  void eachJobHasItsOwnLease() {
    String outbox = job();
    String reminders = job();
    assertTrue(acquire("node-a", outbox, T0));
    assertTrue(acquire("node-b", reminders, T0));
    assertFalse(acquire("node-b", outbox, T0));
    assertFalse(acquire("node-a", reminders, T0));
  }
}
