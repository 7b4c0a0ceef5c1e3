package dk.tegn.lti.grade.control;

import dk.tegn.core.scheduling.control.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every 15 seconds, sends the scores that are due: on one instance of a cluster. */
@Singleton
public class ScoreDispatcher {

  @Inject ScoreDelivery delivery;
  @Inject JobLeases leases;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  public void deliverDue() {
    if (!leases.acquire("lti-scores", Duration.ofSeconds(14))) {
      return;
    }
    for (long id : delivery.due(100)) {
      delivery.deliver(id);
    }
  }
}
