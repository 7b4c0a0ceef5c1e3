package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.control.Attempts;
import dk.tegn.core.problem.BusyException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts attempts a few at a time, off the HTTP workers. When a hall of a thousand presses start on
 * the same signal, each start (reading the quiz, drawing the questions, writing the attempt) would
 * otherwise hold a worker while the answers of those already writing queue behind the whole burst
 * (ops/BENCHMARKS.md); here the starts wait in their own queue and the answers go on. The API's
 * start and the quiz page's start both queue here, so one bound holds for both.
 */
@ApplicationScoped
public class AttemptStarts {

  /** Defined in the web module (StartupConcurrency): at most {@link #AT_ONCE} starts at once. */
  public static final String EXECUTOR = "java:app/concurrent/attemptStarts";

  /** Starts that run at once: one per core of the standard box. */
  public static final int AT_ONCE = 2;

  /** The longest a start waits for its turn before the caller is told to try again. */
  public static final int WAIT_SECONDS = 5;

  /** Seconds a refused client should wait before it presses start again. */
  public static final int RETRY_AFTER_SECONDS = 2;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService managedExecutor;

  @Inject InOwnRequest inOwnRequest;

  private Executor executor;
  private Starter starter;
  private long waitMillis;

  /** What one start does; the caller's own request context in the container. */
  @FunctionalInterface
  public interface Starter {
    AttemptView start(long quizId, long contextId, String language);
  }

  public AttemptStarts() {}

  /** For tests outside a container: the queue on {@code executor}, refusing after the bound. */
  public AttemptStarts(Executor executor, Starter starter, long waitMillis) {
    this.executor = executor;
    this.starter = starter;
    this.waitMillis = waitMillis;
  }

  @PostConstruct
  void init() {
    executor = managedExecutor;
    starter = inOwnRequest::start;
    waitMillis = TimeUnit.SECONDS.toMillis(WAIT_SECONDS);
  }

  /**
   * Queues the start (or resume) of the caller's attempt: the future completes with the attempt or
   * with what the start threw. A start whose future was refused (see {@link #refuse}) before its
   * turn came is skipped: the retry starts (or resumes) it.
   */
  CompletableFuture<AttemptView> queue(long quizId, long contextId, String language) {
    CompletableFuture<AttemptView> started = new CompletableFuture<>();
    executor.execute(
        () -> {
          if (started.isDone()) {
            return;
          }
          try {
            started.complete(starter.start(quizId, contextId, language));
          } catch (RuntimeException refused) {
            started.completeExceptionally(refused);
          }
        });
    return started;
  }

  /**
   * The API's start: answers {@code response} with the attempt, or with the refusal; a start not
   * done within the bound is answered busy (503), without holding an HTTP worker meanwhile.
   */
  public void start(long quizId, long contextId, String language, AsyncResponse response) {
    CompletableFuture<AttemptView> started = queue(quizId, contextId, language);
    response.setTimeoutHandler(waited -> refuse(started));
    response.setTimeout(waitMillis, TimeUnit.MILLISECONDS);
    // the API's exception mappers answer a refusal, as for any request
    started.whenComplete(
        (attempt, refused) -> {
          if (refused == null) {
            response.resume(attempt);
          } else {
            response.resume(cause(refused)); // resume(Throwable): mapped, not written as an entity
          }
        });
  }

  /**
   * The quiz page's start, which waits for its turn on the page's own request (a Faces action has
   * no asynchronous answer) but no longer than the API's start does.
   *
   * @throws BusyException when the start was not done within the bound: nothing started
   */
  public AttemptView startAndWait(long quizId, long contextId, String language) {
    CompletableFuture<AttemptView> started = queue(quizId, contextId, language);
    try {
      started.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException late) {
      refuse(started);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      refuse(started);
    } catch (ExecutionException refused) {
      // thrown as itself below
    }
    return joined(started);
  }

  /** Refuses a start that is not done: busy, try again; one that was already done stays so. */
  private static void refuse(CompletableFuture<AttemptView> started) {
    started.completeExceptionally(busy());
  }

  /** The attempt when the start finished before the refusal, else the refusal thrown as itself. */
  private static AttemptView joined(CompletableFuture<AttemptView> started) {
    try {
      return started.join();
    } catch (CompletionException e) {
      throw cause(e) instanceof RuntimeException refused ? refused : e;
    }
  }

  private static BusyException busy() {
    return new BusyException("startBusy", RETRY_AFTER_SECONDS);
  }

  private static Throwable cause(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  /**
   * The start in a request context of its own: the caller is read again from the security context,
   * which the managed executor carries over from the request.
   */
  @ApplicationScoped
  public static class InOwnRequest {

    @Inject Attempts attempts;

    @ActivateRequestContext
    public AttemptView start(long quizId, long contextId, String language) {
      return attempts.startOrResume(quizId, contextId, language);
    }
  }
}
