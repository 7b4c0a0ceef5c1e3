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

class SaveGateTest {

  @Test
  void aSaveThatGetsNoTurnWithinTheBoundIsRefusedBusyAndNotRun() throws Exception {
    SaveGate gate = new SaveGate(1, 50);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<String> first =
          other.submit(
              () ->
                  gate.save(
                      () -> {
                        holding.countDown();
                        await(release);
                        return "first";
                      }));
      assertTrue(holding.await(10, TimeUnit.SECONDS));

      AtomicBoolean ran = new AtomicBoolean();
      BusyException busy =
          assertThrows(
              BusyException.class,
              () ->
                  gate.save(
                      () -> {
                        ran.set(true);
                        return "second";
                      }));
      assertFalse(ran.get(), "a refused save does nothing");
      assertEquals("saveBusy", busy.code());
      assertEquals(SaveGate.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());

      release.countDown();
      assertEquals("first", first.get(10, TimeUnit.SECONDS));
      assertEquals("again", gate.save(() -> "again"), "the retry gets the freed turn");
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void aFailingSaveGivesItsTurnBack() {
    SaveGate gate = new SaveGate(1, 50);
    assertThrows(
        IllegalStateException.class,
        () ->
            gate.save(
                () -> {
                  throw new IllegalStateException("refused by a rule");
                }));
    assertEquals("next", gate.save(() -> "next"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
