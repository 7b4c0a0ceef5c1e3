package dk.tegn.lti.launch.control;

import dk.tegn.core.scheduling.control.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every hour, on one instance of a cluster, forgets the login states no launch can use. */
@Singleton
public class LaunchHousekeeping {

  @Inject Launches launches;
  @Inject JobLeases leases;

  @Schedule(minute = "17", hour = "*", persistent = false)
  public void forgetOld() {
    if (leases.acquire("lti-housekeeping", Duration.ofMinutes(50))) {
      launches.forgetOld();
    }
  }
}
