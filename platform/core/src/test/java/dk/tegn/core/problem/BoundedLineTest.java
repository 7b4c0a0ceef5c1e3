package dk.tegn.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The line in front of costly work refuses early and says how long the line is. */
class BoundedLineTest {

  final CountDownLatch inside = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  CompletableFuture<BoundedLine.Turn<String>> holder;

  @AfterEach
  void letGo() {
    release.countDown();
  }

  /** One slot, taken by a hash that lasts until {@link #release}. */
  BoundedLine lineWithItsSlotTaken(long boundMillis, double meanMillis) throws Exception {
    return withItsSlotTaken(new BoundedLine(1, boundMillis, meanMillis, 1));
  }

  /** {@code line}'s one slot, taken by work that lasts until {@link #release}. */
  BoundedLine withItsSlotTaken(BoundedLine line) throws Exception {
    holder =
        CompletableFuture.supplyAsync(
            () ->
                line.run(
                    () -> {
                      inside.countDown();
                      await(release);
                      return "first";
                    }));
    assertTrue(inside.await(10, TimeUnit.SECONDS));
    return line;
  }

  @Test
  void aCallerWhoseTurnComesWithinTheBoundWaitsForIt() throws Exception {
    BoundedLine line = lineWithItsSlotTaken(5_000, 400);
    CompletableFuture<BoundedLine.Turn<String>> second =
        CompletableFuture.supplyAsync(() -> line.run(() -> "second"));
    waitUntil(() -> line.waiting() == 1);
    release.countDown();
    assertEquals("second", second.get(10, TimeUnit.SECONDS).done());
    assertFalse(holder.get().refused());
  }

  @Test
  void aCallerBehindALineLongerThanTheBoundIsRefusedAtOnceWithTheLinesLength() throws Exception {
    BoundedLine line = lineWithItsSlotTaken(500, 400);
    // one waits already: the next one's turn would come after about (1 + 1) × 400 ms > 500 ms
    CompletableFuture<BoundedLine.Turn<String>> waiting =
        CompletableFuture.supplyAsync(() -> line.run(() -> "waiting"));
    waitUntil(() -> line.waiting() == 1);
    long started = System.nanoTime();
    BoundedLine.Turn<String> refused = line.run(() -> "never");
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(refused.refused());
    assertEquals(1, refused.retryAfterSeconds());
    assertTrue(tookMillis < 250, "refused without waiting for the bound: " + tookMillis + " ms");
    release.countDown();
    assertEquals("waiting", waiting.get(10, TimeUnit.SECONDS).done());
  }

  @Test
  void aLineThatDoesNotRefuseEarlyLetsEveryCallerWaitTheBound() throws Exception {
    BoundedLine line = withItsSlotTaken(new BoundedLine(1, 300, 10_000, 2, false));
    long started = System.nanoTime();
    // the learnt wait (10 s) is far beyond the bound, yet the caller waits in the line
    BoundedLine.Turn<String> refused = line.run(() -> "never");
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(refused.refused());
    assertTrue(tookMillis >= 280, "waited the bound: " + tookMillis + " ms");
    release.countDown();
    assertEquals("first", holder.get(10, TimeUnit.SECONDS).done());
  }

  @Test
  void aCallerThatWaitedTheWholeBoundIsRefusedThenNotLater() throws Exception {
    BoundedLine line = lineWithItsSlotTaken(300, 50);
    long started = System.nanoTime();
    BoundedLine.Turn<String> refused = line.run(() -> "never");
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(refused.refused());
    assertTrue(tookMillis >= 280 && tookMillis < 3_000, "waited about the bound: " + tookMillis);
  }

  @Test
  void theRetryAfterIsTheLinesLengthInWholeSecondsBetweenOneAndThirty() {
    BoundedLine line = new BoundedLine(1, 1_000, 10, 1);
    assertEquals(1, line.retryAfterSeconds(10));
    assertEquals(5, line.retryAfterSeconds(4_200));
    assertEquals(30, line.retryAfterSeconds(600_000));
    assertEquals(2, new BoundedLine(1, 1_000, 10, 2).retryAfterSeconds(10), "the line's least");
  }

  @Test
  void theLineLearnsHowLongItsWorkTakes() {
    BoundedLine line = new BoundedLine(2, 4_000, 1_000, 1);
    for (int i = 0; i < 40; i++) {
      line.run(() -> "quick");
    }
    assertTrue(line.expectedWaitMillis() < 50, "learnt: " + line.expectedWaitMillis());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not reached in 10 s");
      Thread.sleep(5);
    }
  }
}
