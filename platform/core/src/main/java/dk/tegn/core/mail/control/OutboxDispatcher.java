package dk.tegn.core.mail.control;

import dk.tegn.core.scheduling.control.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every 15 seconds, delivers what is due in the outbox: on one instance of a cluster. */
@Singleton
public class OutboxDispatcher {

  @Inject OutboxDelivery delivery;
  @Inject JobLeases leases;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  public void deliverDue() {
    if (!leases.acquire("outbox", Duration.ofSeconds(14))) {
      return;
    }
    for (long id : delivery.due(100)) {
      delivery.deliver(id);
    }
  }
}
