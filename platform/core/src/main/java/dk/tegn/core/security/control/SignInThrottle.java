package dk.tegn.core.security.control;

import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without handing an attacker a lock-out (issue 16, defect 5). Wrong
 * passwords are counted per submitted name (whether or not an account has it, so the answer never
 * tells who exists) and per source address; after a few free tries each further failure doubles the
 * wait before the next try of that name or from that address, up to {@link #MAX_WAIT}. A try inside
 * the wait is refused at once, without checking the password (no thread waits, no hashing), and the
 * refusal says how long to wait. The right password after the wait signs in as always: the owner is
 * never locked out for longer than the wait. A quiet {@link #FORGET_AFTER} resets the count.
 *
 * <p>Kept in memory per node: in a cluster each node throttles on its own, which bounds a
 * distributed guesser to a few times the rate, and costs no database write per refused try.
 */
@ApplicationScoped
public class SignInThrottle {

  public static final Duration MAX_WAIT = Duration.ofSeconds(30);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  /** Wrong passwords for one name before each further one makes the next try wait. */
  static final int FREE_PER_NAME = 3;

  /** Wrong passwords from one address before it is slowed: a shared office NAT sends many. */
  static final int FREE_PER_SOURCE = 50;

  /** Above this many tracked keys the forgotten ones are dropped; a flood cannot fill memory. */
  static final int MAX_KEYS = 100_000;

  private record Failures(int count, Instant last, Instant nextTry) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  @Inject PlatformClock clock;

  protected SignInThrottle() {}

  /** For use outside a container (tests). */
  public SignInThrottle(PlatformClock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait before trying this name from this address; empty: go. */
  public Optional<Duration> waitFor(String username, String source) {
    Instant now = clock.now();
    Instant until = later(nextTry(nameKey(username), now), nextTry(sourceKey(source), now));
    return until == null || !until.isAfter(now)
        ? Optional.empty()
        : Optional.of(Duration.between(now, until));
  }

  /** A wrong password (or an unknown name) for the name from the address. */
  public void failed(String username, String source) {
    Instant now = clock.now();
    if (failures.size() > MAX_KEYS) {
      forgetOld(now);
    }
    count(nameKey(username), FREE_PER_NAME, now);
    if (source != null) {
      count(sourceKey(source), FREE_PER_SOURCE, now);
    }
  }

  /** The right password: the name's count starts again (the address's does not). */
  public void succeeded(String username) {
    failures.remove(nameKey(username));
  }

  /** The wait after {@code count} failures of which {@code free} cost nothing: 1, 2, 4 … 30 s. */
  static Duration delay(int count, int free) {
    int over = count - free;
    if (over <= 0) {
      return Duration.ZERO;
    }
    long seconds =
        over >= 6 ? MAX_WAIT.toSeconds() : Math.min(MAX_WAIT.toSeconds(), 1L << (over - 1));
    return Duration.ofSeconds(seconds);
  }

  private void count(String key, int free, Instant now) {
    failures.compute(
        key,
        (k, old) -> {
          int count = old == null || forgotten(old, now) ? 1 : old.count() + 1;
          return new Failures(count, now, now.plus(delay(count, free)));
        });
  }

  private Instant nextTry(String key, Instant now) {
    if (key == null) {
      return null;
    }
    Failures f = failures.get(key);
    return f == null || forgotten(f, now) ? null : f.nextTry();
  }

  private static boolean forgotten(Failures f, Instant now) {
    return f.last().plus(FORGET_AFTER).isBefore(now);
  }

  private void forgetOld(Instant now) {
    failures.values().removeIf(f -> forgotten(f, now));
    if (failures.size() > MAX_KEYS) {
      // a flood of distinct names within the quarter of an hour: start over rather than grow
      failures.clear();
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  /** Names are compared as typed, ignoring case; kept as a hash, never in the clear. */
  private static String nameKey(String username) {
    return "n:" + sha256(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String sourceKey(String source) {
    return source == null ? null : "s:" + sha256(source);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
