package dk.tegn.core.security.control;

import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The line in front of password hashing: a few hashes at once, and a sign-in that would wait longer
 * than the bound is refused at once, told how long the line is, instead of holding a request thread
 * until it gives up (issue 18 §3). How long a place in the line takes is learnt from the hashes
 * themselves (their wall time, so a box shared with other work is seen as the slower box it is).
 */
final class HashingLine {

  /** Before anything is measured: libargon2 at OWASP's settings on a busy two-core box. */
  static final double FIRST_GUESS_MILLIS = 100;

  /** Weight of the newest hash in the running mean. */
  private static final double WEIGHT = 0.2;

  private static final int MAX_RETRY_AFTER_SECONDS = 30;

  /** What the caller gets: the work's result, or the seconds to wait before trying again. */
  record Turn<T>(T done, int retryAfterSeconds) {

    boolean refused() {
      return retryAfterSeconds > 0;
    }
  }

  private final Semaphore slots;
  private final int permits;
  private final long boundMillis;
  private volatile double meanMillis;

  HashingLine(int permits, long boundMillis) {
    this(permits, boundMillis, FIRST_GUESS_MILLIS);
  }

  HashingLine(int permits, long boundMillis, double firstGuessMillis) {
    this.permits = permits;
    this.boundMillis = boundMillis;
    this.meanMillis = firstGuessMillis;
    this.slots = new Semaphore(permits, true);
  }

  /** Sign-ins waiting for a slot now. */
  int waiting() {
    return slots.getQueueLength();
  }

  <T> Turn<T> run(Supplier<T> work) {
    if (!slots.tryAcquire()) {
      OptionalInt refusal = refusedAtOnce();
      if (refusal.isPresent()) {
        return new Turn<>(null, refusal.getAsInt());
      }
      try {
        if (!slots.tryAcquire(boundMillis, TimeUnit.MILLISECONDS)) {
          return new Turn<>(null, retryAfterSeconds(expectedWaitMillis()));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Turn<>(null, retryAfterSeconds(expectedWaitMillis()));
      }
    }
    long started = System.nanoTime();
    try {
      return new Turn<>(work.get(), 0);
    } finally {
      slots.release();
      learn((System.nanoTime() - started) / 1e6);
    }
  }

  /** Refused without waiting when the line ahead would take longer than the bound. */
  private OptionalInt refusedAtOnce() {
    double wait = expectedWaitMillis();
    return wait > boundMillis ? OptionalInt.of(retryAfterSeconds(wait)) : OptionalInt.empty();
  }

  /** Those waiting, and this one, served {@code permits} at a time. */
  double expectedWaitMillis() {
    return (slots.getQueueLength() + 1) * meanMillis / permits;
  }

  private void learn(double millis) {
    meanMillis = meanMillis + WEIGHT * (millis - meanMillis);
  }

  static int retryAfterSeconds(double waitMillis) {
    return (int) Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, Math.ceil(waitMillis / 1000)));
  }
}
