package dk.tegn.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now". Times are whole seconds: Connector/J drops fractions on MariaDB, so
 * order within a second must come from ids, never from timestamps.
 */
@ApplicationScoped
public class PlatformClock {

  private final Clock clock;

  public PlatformClock() {
    this(Clock.systemUTC());
  }

  public PlatformClock(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
