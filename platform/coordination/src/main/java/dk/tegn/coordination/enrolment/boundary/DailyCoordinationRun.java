package dk.tegn.coordination.enrolment.boundary;

import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.control.Reminders;
import dk.tegn.coordination.registration.control.RateLimiter;
import dk.tegn.core.scheduling.control.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every hour: recertification of expired mandatory courses, due reminders and expiry warnings (each
 * sent at most once a day, logged in crd_reminder), and forgetting old rate-limit events.
 */
@Singleton
public class DailyCoordinationRun {

  private static final Logger LOG = Logger.getLogger(DailyCoordinationRun.class.getName());

  @Inject Assignments assignments;
  @Inject Reminders reminders;
  @Inject RateLimiter limiter;
  @Inject JobLeases leases;

  @Schedule(minute = "7", hour = "*", persistent = false)
  public void run() {
    if (!leases.acquire("coordination-run", Duration.ofMinutes(59))) {
      return;
    }
    int renewed = assignments.recertifyExpired(500);
    int sent = reminders.sendDue();
    limiter.forgetOld();
    LOG.info(() -> "coordination run: " + renewed + " re-assigned, " + sent + " reminders queued");
  }
}
