package dk.tegn.core.scheduling.control;

import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Lets a scheduled job run on one instance of a cluster at a time. Every instance fires its timers;
 * a job first asks for its lease ({@code if (!leases.acquire("outbox", ...)) return;}): a row per
 * job in {@code plt_job_lease} naming the instance that holds it and until when. One conditional
 * update takes the lease when it has run out or renews it for its holder; the row lock makes two
 * instances asking at the same moment wait for each other, so exactly one of them gets it. A holder
 * that crashed simply stops renewing: once its lease has run out, the next instance to ask takes
 * over. Jobs choose a lease a little shorter than their period, so the instance that fires first
 * each period does the work and the others skip it.
 */
@ApplicationScoped
public class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

  // the no-op update keeps an existing row as it is; only a missing row is created, already run out
  private static final String CREATE =
      "INSERT INTO plt_job_lease (job, holder, lease_until) VALUES (?, '', ?)"
          + " ON DUPLICATE KEY UPDATE job = job";

  // times_taken changes every time, so the row count says "taken" whatever the driver counts
  private static final String TAKE =
      "UPDATE plt_job_lease SET holder = ?, lease_until = ?, taken_at = ?,"
          + " times_taken = times_taken + 1"
          + " WHERE job = ? AND (lease_until <= ? OR holder = ?)";

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  private final String instance;

  protected JobLeases() {
    this.instance = defaultInstanceName();
  }

  /** For use outside a container (tests): {@code instance} names this contender. */
  public JobLeases(EntityManager em, PlatformClock clock, String instance) {
    this.em = em;
    this.clock = clock;
    this.instance = instance;
  }

  /**
   * True when this instance holds the job's lease now, taken or renewed until now + {@code lease};
   * false when another instance holds it, and then the job must not run. Its own transaction, so
   * the other instances see the lease at once, whatever the job does afterwards.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean acquire(@NotBlank @Size(max = 60) String job, Duration lease) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a lease must last: " + lease);
    }
    Instant now = clock.now();
    LocalDateTime at = utc(now);
    em.createNativeQuery(CREATE).setParameter(1, job).setParameter(2, at).executeUpdate();
    boolean taken =
        em.createNativeQuery(TAKE)
                .setParameter(1, instance)
                .setParameter(2, utc(now.plus(lease)))
                .setParameter(3, at)
                .setParameter(4, job)
                .setParameter(5, at)
                .setParameter(6, instance)
                .executeUpdate()
            == 1;
    LOG.fine(() -> "job " + job + (taken ? " runs on " : " is held elsewhere, not on ") + instance);
    return taken;
  }

  /** How this instance appears as a holder in {@code plt_job_lease}. */
  public String instance() {
    return instance;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  // process and host (a pod's name in Kubernetes) say which instance it is; the random part tells
  // a restarted process from the one before it
  private static String defaultInstanceName() {
    String name = ManagementFactory.getRuntimeMXBean().getName();
    String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
    return (name.length() > 100 - suffix.length() ? name.substring(0, 100 - suffix.length()) : name)
        + suffix;
  }
}
