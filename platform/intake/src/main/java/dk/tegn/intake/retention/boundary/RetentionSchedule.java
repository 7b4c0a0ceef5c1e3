package dk.tegn.intake.retention.boundary;

import dk.tegn.core.scheduling.control.JobLeases;
import dk.tegn.intake.retention.control.Retention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/** Every night at 03:30: strip what is due. Logs counts only. */
@Singleton
public class RetentionSchedule {

  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @Inject Retention retention;
  @Inject JobLeases leases;

  @Schedule(hour = "3", minute = "30", persistent = false)
  public void stripExpired() {
    if (!leases.acquire("intake-retention", Duration.ofHours(23))) {
      return;
    }
    int total = 0;
    int stripped;
    do {
      stripped = retention.stripExpired(BATCH);
      total += stripped;
    } while (stripped == BATCH);
    int count = total;
    LOG.info(() -> "intake retention: " + count + " referral(s) stripped of identifying data");
  }
}
