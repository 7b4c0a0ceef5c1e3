package dk.tegn.assessments.attempt.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.entity.AttemptState;
import dk.tegn.core.problem.BusyException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.TimeoutHandler;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one queue of attempt starts that the API and the quiz page share: with one turn, a start of
 * either kind waits for the other's, and one that had no turn within the bound is refused busy and
 * never run.
 */
class AttemptStartsTest {

  private final ExecutorService oneAtATime = Executors.newSingleThreadExecutor();
  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final List<Long> ran = new CopyOnWriteArrayList<>();
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  /** Quiz 1 holds the turn until released; quiz 2 is refused by a rule; others start at once. */
  private final AttemptStarts starts =
      new AttemptStarts(
          oneAtATime,
          (quizId, contextId, language) -> {
            ran.add(quizId);
            if (quizId == 1) {
              holding.countDown();
              await(release);
            }
            if (quizId == 2) {
              throw new RuleViolationException(
                  Messages.ASSESSMENTS, "assessments_attempt.noAttemptsLeft");
            }
            return attempt(quizId);
          },
          100);

  @AfterEach
  void stop() {
    release.countDown();
    oneAtATime.shutdownNow();
    callers.shutdownNow();
  }

  @Test
  void aPageStartThatHasNoTurnWithinTheBoundIsRefusedBusyAndNeverRuns() throws Exception {
    Future<AttemptView> first = callers.submit(() -> starts.startAndWait(1, 0, "en"));
    assertTrue(holding.await(10, TimeUnit.SECONDS));

    BusyException busy = assertThrows(BusyException.class, () -> starts.startAndWait(3, 0, "en"));
    assertEquals("startBusy", busy.code());
    assertEquals(AttemptStarts.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());

    release.countDown();
    assertInstanceOf(
        BusyException.class, failure(first), "a start still running at the bound is told so too");
    assertEquals(4, starts.startAndWait(4, 0, "en").quizId(), "the next start gets its turn");
    assertEquals(List.of(1L, 4L), ran, "the refused start was skipped when its turn came");
  }

  @Test
  void anApiStartQueuesBehindAPageStartAndIsAnsweredBusyWithoutRunning() throws Exception {
    callers.submit(() -> starts.startAndWait(1, 0, "en"));
    assertTrue(holding.await(10, TimeUnit.SECONDS));

    Answer api = new Answer();
    starts.start(3, 0, "en", api);
    assertInstanceOf(BusyException.class, failure(api.answer));

    release.countDown();
    Answer next = new Answer();
    starts.start(4, 0, "en", next);
    assertEquals(4, ((AttemptView) next.answer.get(10, TimeUnit.SECONDS)).quizId());
    assertEquals(List.of(1L, 4L), ran, "the refused start was skipped when its turn came");
  }

  @Test
  void aStartRefusedByARuleIsThrownAsItselfToThePageAndAnsweredAsItselfToTheApi() throws Exception {
    RuleViolationException rule =
        assertThrows(RuleViolationException.class, () -> starts.startAndWait(2, 0, "en"));
    assertEquals("assessments_attempt.noAttemptsLeft", rule.messageKey());
    Answer api = new Answer();
    starts.start(2, 0, "en", api);
    assertInstanceOf(RuleViolationException.class, failure(api.answer));
    assertEquals(5, starts.startAndWait(5, 0, "en").quizId());
  }

  private static Throwable failure(Future<?> future) throws Exception {
    try {
      future.get(10, TimeUnit.SECONDS);
      throw new AssertionError("not refused");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  private static AttemptView attempt(long quizId) {
    return new AttemptView(
        quizId,
        quizId,
        "Quiz",
        1,
        AttemptState.IN_PROGRESS,
        null,
        null,
        null,
        null,
        null,
        0,
        0,
        null,
        null,
        false,
        false,
        List.of(),
        List.of());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The JAX-RS side of a suspended request and its timeout: resumed with an entity, or with an
   * exception (which JAX-RS maps to its answer; one passed as an entity would be written as JSON).
   */
  private static final class Answer implements AsyncResponse {

    final CompletableFuture<Object> answer = new CompletableFuture<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private TimeoutHandler timeoutHandler;

    @Override
    public boolean resume(Object response) {
      clock.shutdown();
      return answer.complete(response);
    }

    @Override
    public boolean resume(Throwable response) {
      clock.shutdown();
      return answer.completeExceptionally(response);
    }

    @Override
    public boolean setTimeout(long time, TimeUnit unit) {
      clock.schedule(() -> timeoutHandler.handleTimeout(this), time, unit);
      return true;
    }

    @Override
    public void setTimeoutHandler(TimeoutHandler handler) {
      timeoutHandler = handler;
    }

    @Override
    public boolean isDone() {
      return answer.isDone();
    }

    @Override
    public boolean isSuspended() {
      return !answer.isDone();
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean cancel() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean cancel(int retryAfter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean cancel(Date retryAfter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Collection<Class<?>> register(Class<?> callback) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Class<?>, Collection<Class<?>>> register(Class<?> callback, Class<?>... callbacks) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Collection<Class<?>> register(Object callback) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Class<?>, Collection<Class<?>>> register(Object callback, Object... callbacks) {
      throw new UnsupportedOperationException();
    }
  }
}
