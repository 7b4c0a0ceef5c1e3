package dk.tegn.core.problem;

import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A line in front of costly work (password hashes, answer saves, submits): a few at once, taken in
 * arrival order within a bound, and a caller whose turn would come later than the bound is refused
 * <em>at once</em>, told how long the line is, instead of holding a request thread until the bound
 * or until its client gives up (issue 18 §3). How long a place takes is learnt from the work itself
 * (its wall time, so a box shared with other work is seen as the slower box it is); should the
 * estimate be wrong, a caller still waits no longer than the bound.
 */
public final class BoundedLine {

  /** Weight of the newest piece of work in the running mean. */
  private static final double WEIGHT = 0.2;

  private static final int MAX_RETRY_AFTER_SECONDS = 30;

  /** What the caller gets: the work's result, or the seconds to wait before trying again. */
  public record Turn<T>(T done, int retryAfterSeconds) {

    public boolean refused() {
      return retryAfterSeconds > 0;
    }
  }

  private final Semaphore slots;
  private final int permits;
  private final long boundMillis;
  private final int minRetryAfterSeconds;
  private final boolean refuseEarly;
  private volatile double meanMillis;

  /**
   * @param permits how many run at once
   * @param boundMillis the longest a caller waits for a turn
   * @param firstGuessMillis how long one piece of work takes, until one has been measured
   * @param minRetryAfterSeconds the least a refused caller is told to wait
   */
  public BoundedLine(
      int permits, long boundMillis, double firstGuessMillis, int minRetryAfterSeconds) {
    this(permits, boundMillis, firstGuessMillis, minRetryAfterSeconds, true);
  }

  /**
   * @param refuseEarly whether a caller is refused at once when the line ahead looks longer than
   *     the bound; without it every caller waits in the fair line up to the bound (the submits: a
   *     refused submitter comes back in no particular order, so refusing early made the last of
   *     10,000 wait minutes, ops/BENCHMARKS.md §3, session 15)
   */
  public BoundedLine(
      int permits,
      long boundMillis,
      double firstGuessMillis,
      int minRetryAfterSeconds,
      boolean refuseEarly) {
    this.refuseEarly = refuseEarly;
    this.permits = permits;
    this.boundMillis = boundMillis;
    this.meanMillis = firstGuessMillis;
    this.minRetryAfterSeconds = minRetryAfterSeconds;
    this.slots = new Semaphore(permits, true);
  }

  public int permits() {
    return permits;
  }

  /** Callers waiting for a turn now. */
  public int waiting() {
    return slots.getQueueLength();
  }

  /** Runs {@code work} when its turn comes within the bound; otherwise does nothing. */
  public <T> Turn<T> run(Supplier<T> work) {
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

  /**
   * Runs {@code work} when its turn comes within the bound.
   *
   * @throws BusyException with {@code busyCode} when it did not; nothing was done
   */
  public <T> T take(Supplier<T> work, String busyCode) {
    Turn<T> turn = run(work);
    if (turn.refused()) {
      throw new BusyException(busyCode, turn.retryAfterSeconds());
    }
    return turn.done();
  }

  /** Refused without waiting when the line ahead would take longer than the bound. */
  private OptionalInt refusedAtOnce() {
    double wait = expectedWaitMillis();
    return refuseEarly && wait > boundMillis
        ? OptionalInt.of(retryAfterSeconds(wait))
        : OptionalInt.empty();
  }

  /**
   * Those waiting, and this one, served {@code permits} at a time (a line of no permits, which
   * tests set to force a refusal, is counted as one so that it tells the least wait).
   */
  double expectedWaitMillis() {
    return (slots.getQueueLength() + 1) * meanMillis / Math.max(1, permits);
  }

  private void learn(double millis) {
    meanMillis = meanMillis + WEIGHT * (millis - meanMillis);
  }

  /** The line's length in whole seconds, between the least this line tells and 30. */
  int retryAfterSeconds(double waitMillis) {
    return (int)
        Math.max(
            minRetryAfterSeconds, Math.min(MAX_RETRY_AFTER_SECONDS, Math.ceil(waitMillis / 1000)));
  }
}
