package dk.tegn.courses.xapi.boundary;

import dk.tegn.core.scheduling.control.JobLeases;
import dk.tegn.courses.xapi.control.StatementSender;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every 5 seconds, sends what is due in the xAPI outbox: on one instance of a cluster. */
@Singleton
public class XapiSendSchedule {

  /** Batches per organisation and run, so one busy organisation does not hold up the rest. */
  private static final int MAX_BATCHES = 20;

  @Inject StatementSender sender;
  @Inject JobLeases leases;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void sendDue() {
    if (!leases.acquire("xapi-outbox", Duration.ofSeconds(4))) {
      return;
    }
    for (long organisationId : sender.organisationsToSend()) {
      for (int i = 0; i < MAX_BATCHES && sender.sendBatch(organisationId); i++) {
        // a full batch went through: more may be waiting
      }
    }
  }
}
