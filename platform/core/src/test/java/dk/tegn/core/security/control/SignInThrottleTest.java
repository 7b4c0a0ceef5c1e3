package dk.tegn.core.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.time.PlatformClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in throttle: growing waits per name and per address, bounded, and never a lock-out. */
class SignInThrottleTest {

  /** A clock the test moves. */
  static final class Hands extends Clock {
    Instant now = Instant.parse("2026-12-05T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final Hands hands = new Hands();
  final SignInThrottle throttle = new SignInThrottle(new PlatformClock(hands));

  @Test
  void theFirstFewWrongPasswordsCostNothingThenEachWaitDoublesUpToThirtySeconds() {
    assertEquals(Duration.ZERO, SignInThrottle.delay(3, 3));
    assertEquals(Duration.ofSeconds(1), SignInThrottle.delay(4, 3));
    assertEquals(Duration.ofSeconds(2), SignInThrottle.delay(5, 3));
    assertEquals(Duration.ofSeconds(16), SignInThrottle.delay(8, 3));
    assertEquals(Duration.ofSeconds(30), SignInThrottle.delay(9, 3));
    assertEquals(Duration.ofSeconds(30), SignInThrottle.delay(1_000, 3), "bounded");
  }

  @Test
  void aThrottledNameWaitsWhateverTheAddressAndKnownAndUnknownNamesAreAlike() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("Cadet01", "10.0.0." + i);
      throttle.failed("nobody-at-all", "10.0.1." + i);
    }
    Optional<Duration> known = throttle.waitFor("cadet01", "192.0.2.1");
    Optional<Duration> unknown = throttle.waitFor("nobody-at-all", "192.0.2.1");
    assertEquals(Optional.of(Duration.ofSeconds(2)), known, "names compared ignoring case");
    assertEquals(known, unknown, "the throttle counts what was typed, not accounts");
    assertEquals(Optional.empty(), throttle.waitFor("cadet02", "192.0.2.1"), "others unaffected");
  }

  @Test
  void afterTheWaitTheRightPasswordIsCheckedAgainAndResetsTheName() {
    for (int i = 0; i < 12; i++) {
      throttle.failed("victim", "198.51.100." + i);
    }
    assertEquals(Optional.of(SignInThrottle.MAX_WAIT), throttle.waitFor("victim", "203.0.113.9"));
    hands.now = hands.now.plus(SignInThrottle.MAX_WAIT);
    assertEquals(Optional.empty(), throttle.waitFor("victim", "203.0.113.9"), "never a lock-out");
    throttle.succeeded("victim");
    throttle.failed("victim", "203.0.113.9");
    assertEquals(Optional.empty(), throttle.waitFor("victim", "203.0.113.9"), "counting anew");
  }

  @Test
  void oneAddressTryingManyNamesIsSlowedToo() {
    for (int i = 0; i < SignInThrottle.FREE_PER_SOURCE; i++) {
      throttle.failed("name" + i, "192.0.2.66");
    }
    assertEquals(Optional.empty(), throttle.waitFor("fresh", "192.0.2.66"));
    throttle.failed("name-last", "192.0.2.66");
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("fresh", "192.0.2.66"));
    assertEquals(Optional.empty(), throttle.waitFor("fresh", "192.0.2.67"));
  }

  @Test
  void aQuietQuarterOfAnHourForgetsTheFailures() {
    for (int i = 0; i < 8; i++) {
      throttle.failed("sleepy", null);
    }
    assertTrue(throttle.waitFor("sleepy", null).isPresent());
    hands.now = hands.now.plus(Duration.ofMinutes(16));
    throttle.failed("sleepy", null);
    assertEquals(Optional.empty(), throttle.waitFor("sleepy", null), "the count started over");
  }
}
