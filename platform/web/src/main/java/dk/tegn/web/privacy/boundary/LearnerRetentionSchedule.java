package dk.tegn.web.privacy.boundary;

import dk.tegn.core.scheduling.control.JobLeases;
import dk.tegn.web.privacy.control.RetentionRun;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every hour, on one instance of a cluster: the retention rules ({@link RetentionRun}). */
@Singleton
public class LearnerRetentionSchedule {

  @Inject RetentionRun run;
  @Inject JobLeases leases;

  @Schedule(minute = "23", hour = "*", persistent = false)
  public void run() {
    if (leases.acquire("privacy-retention", Duration.ofMinutes(59))) {
      run.run();
    }
  }
}
