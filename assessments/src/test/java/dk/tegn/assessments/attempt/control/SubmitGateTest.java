package dk.tegn.assessments.attempt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.problem.BusyException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SubmitGateTest {

  /** Submits that hold every turn of theirs leave the saves' turns alone, and the other way. */
  @Test
  void aBurstOfSubmitsIsRefusedQuicklyWhileSavesStillGetTheirTurns() throws Exception {
    SubmitGate submits = new SubmitGate(2, 100);
    SaveGate saves = new SaveGate(1, 100);
    CountDownLatch holding = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService burst = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = burst.submit(() -> submits.submit(() -> hold(holding, release)));
      Future<?> second = burst.submit(() -> submits.submit(() -> hold(holding, release)));
      assertTrue(holding.await(10, TimeUnit.SECONDS));

      AtomicBoolean ran = new AtomicBoolean();
      long asked = System.nanoTime();
      BusyException busy =
          assertThrows(
              BusyException.class,
              () ->
                  submits.submit(
                      () -> {
                        ran.set(true);
                        return "third";
                      }));
      long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
      assertFalse(ran.get(), "a refused submit does nothing");
      assertEquals("submitBusy", busy.code());
      assertEquals(SubmitGate.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());
      assertTrue(waitedMillis >= 90 && waitedMillis < 5_000, "refused within the bound");
      assertEquals("saved", saves.save(() -> "saved"), "the saves' turn is their own");

      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      second.get(10, TimeUnit.SECONDS);
      assertEquals("again", submits.submit(() -> "again"), "the retry gets a freed turn");
    } finally {
      burst.shutdownNow();
    }
  }

  /** The size an integration test sets to force a refusal: no submit gets a turn. */
  @Test
  void aGateOfNoTurnsRefusesEverySubmitAndAFailingSubmitGivesItsTurnBack() {
    assertThrows(BusyException.class, () -> new SubmitGate(0, 0).submit(() -> "never"));
    SubmitGate one = new SubmitGate(1, 0);
    assertThrows(
        IllegalStateException.class,
        () ->
            one.submit(
                () -> {
                  throw new IllegalStateException("already submitted");
                }));
    assertEquals("next", one.submit(() -> "next"));
  }

  private static String hold(CountDownLatch holding, CountDownLatch release) {
    holding.countDown();
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "held";
  }
}
