package dk.tegn.assessments.attempt.control;

import dk.tegn.core.problem.BusyException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bounded number of turns, taken in arrival order within a bounded wait, or refused as busy: the
 * answer saves' {@link SaveGate} and the submits' {@link SubmitGate} each hold their own.
 */
final class Turns {

  private final int concurrent;
  private final long waitMillis;
  private final String busyCode;
  private final int retryAfterSeconds;
  private final Semaphore turns;

  Turns(int concurrent, long waitMillis, String busyCode, int retryAfterSeconds) {
    this.concurrent = concurrent;
    this.waitMillis = waitMillis;
    this.busyCode = busyCode;
    this.retryAfterSeconds = retryAfterSeconds;
    this.turns = new Semaphore(concurrent, true);
  }

  int concurrent() {
    return concurrent;
  }

  /**
   * Runs {@code work} when a turn is free within the bound.
   *
   * @throws BusyException when no turn came within the bound; nothing was done
   */
  <T> T take(Supplier<T> work) {
    boolean turn;
    try {
      turn = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turn = false;
    }
    if (!turn) {
      throw new BusyException(busyCode, retryAfterSeconds);
    }
    try {
      return work.get();
    } finally {
      turns.release();
    }
  }
}
