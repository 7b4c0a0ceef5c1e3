package dk.tegn.assessments.attempt.control;

import dk.tegn.core.scheduling.control.JobLeases;
import dk.tegn.core.time.PlatformClock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds, submits attempts whose time ran out with what was saved, so results and course
 * completion do not wait for the learner to come back. Each attempt is its own transaction. Every
 * hour, removes the attempts prepared more than a day ago and never started ({@link
 * Attempts#prepare}).
 */
@Singleton
public class AttemptTimer {

  private static final Logger LOG = Logger.getLogger(AttemptTimer.class.getName());

  @Inject Attempts attempts;
  @Inject JobLeases leases;
  @Inject PlatformClock clock;

  /** How long a prepared attempt waits for its start before it is removed. */
  static final Duration PREPARED_KEPT = Duration.ofDays(1);

  @Schedule(minute = "17", hour = "*", persistent = false)
  public void discardStalePrepared() {
    if (!leases.acquire("attempt-prepared", Duration.ofMinutes(50))) {
      return;
    }
    int removed = attempts.discardPreparedBefore(clock.now().minus(PREPARED_KEPT));
    if (removed > 0) {
      LOG.info(() -> removed + " prepared attempts never started removed");
    }
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  public void autoSubmitOverdue() {
    if (!leases.acquire("attempt-timer", Duration.ofSeconds(14))) {
      return;
    }
    for (long id : attempts.overdueIds(200)) {
      try {
        attempts.finishOverdue(id);
      } catch (RuntimeException e) {
        // one broken attempt must not keep the others from being submitted
        LOG.log(Level.WARNING, "could not auto-submit attempt " + id, e);
      }
    }
  }
}
