package dk.tegn.core.mail.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every 15 seconds, delivers what is due in the outbox. */
@Singleton
public class OutboxDispatcher {

  @Inject OutboxDelivery delivery;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  public void deliverDue() {
    for (long id : delivery.due(100)) {
      delivery.deliver(id);
    }
  }
}
