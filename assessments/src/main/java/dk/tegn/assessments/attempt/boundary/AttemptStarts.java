package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.control.Attempts;
import dk.tegn.core.problem.BusyException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.ContinuedCaller;
import dk.tegn.core.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Starts attempts a few at a time, off the HTTP workers. When a hall of a thousand presses start on
 * the same signal, each start (reading the quiz, drawing the questions, writing the attempt) would
 * otherwise hold a worker while the answers of those already writing queue behind the whole burst
 * (ops/BENCHMARKS.md); here the starts wait in their own queue and the answers go on. The API's
 * start and the quiz page's start both queue here, so one bound holds for both.
 *
 * <p>The queue is drained by at most {@link #AT_ONCE} tasks on the managed executor, each running
 * queued starts until none is left, rather than one task per start: Payara captures a task's
 * context with a class-path scan (a ServiceLoader) under a class-loader lock, which at a task per
 * start, and per refused retry, took most of the CPU of a 10,000-trainee start (ops/BENCHMARKS.md
 * §3). A drained start therefore runs for the caller it names ({@link ContinuedCaller}), not for
 * the request whose context the draining task carries.
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
  @Inject CurrentCaller caller;

  private Executor executor;
  private Starter starter;
  private Supplier<String> callerName;
  private long waitMillis;

  private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
  private final AtomicInteger draining = new AtomicInteger();

  /** What one start does, for the named caller; in its own request context in the container. */
  @FunctionalInterface
  public interface Starter {
    AttemptView start(String username, long quizId, long contextId, String language);
  }

  private record Pending(
      String username,
      long quizId,
      long contextId,
      String language,
      CompletableFuture<AttemptView> started) {}

  public AttemptStarts() {}

  /**
   * For tests outside a container: the queue drained on {@code executor}, refusing after the bound;
   * {@code callerName} names the signed-in caller (null: nobody).
   */
  public AttemptStarts(
      Executor executor, Supplier<String> callerName, Starter starter, long waitMillis) {
    this.executor = executor;
    this.callerName = callerName;
    this.starter = starter;
    this.waitMillis = waitMillis;
  }

  @PostConstruct
  void init() {
    executor = managedExecutor;
    starter = inOwnRequest::start;
    callerName = () -> caller.isAuthenticated() ? caller.username() : null;
    waitMillis = TimeUnit.SECONDS.toMillis(WAIT_SECONDS);
  }

  /**
   * Queues the start (or resume) of the caller's attempt: the future completes with the attempt or
   * with what the start threw. A start whose future was refused (see {@link #refuse}) before its
   * turn came is skipped: the retry starts (or resumes) it.
   */
  CompletableFuture<AttemptView> queue(long quizId, long contextId, String language) {
    CompletableFuture<AttemptView> started = new CompletableFuture<>();
    String username = callerName.get();
    if (username == null) {
      started.completeExceptionally(new AccessDeniedException("not signed in"));
      return started;
    }
    pending.add(new Pending(username, quizId, contextId, language, started));
    if (claimDrainer()) {
      executor.execute(this::drain);
    }
    return started;
  }

  private boolean claimDrainer() {
    int now;
    do {
      now = draining.get();
      if (now >= AT_ONCE) {
        return false;
      }
    } while (!draining.compareAndSet(now, now + 1));
    return true;
  }

  /**
   * Runs queued starts until none is left; a start queued as it gives up claims it again. The turn
   * is given back however the run ends, so a start that throws past the catch (an Error) cannot
   * leave the queue without a drainer.
   */
  private void drain() {
    do {
      try {
        runQueued();
      } finally {
        draining.decrementAndGet();
      }
    } while (!pending.isEmpty() && claimDrainer());
  }

  private void runQueued() {
    for (Pending next = pending.poll(); next != null; next = pending.poll()) {
      if (next.started().isDone()) {
        continue; // already told to try again: the retry starts (or resumes) it
      }
      try {
        next.started()
            .complete(
                starter.start(next.username(), next.quizId(), next.contextId(), next.language()));
      } catch (RuntimeException refused) {
        next.started().completeExceptionally(refused);
      }
    }
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
   * The start in a request context of its own, for the caller the queue names: the draining task
   * carries the context of whichever request started it.
   */
  @ApplicationScoped
  public static class InOwnRequest {

    @Inject Attempts attempts;
    @Inject ContinuedCaller continued;

    @ActivateRequestContext
    public AttemptView start(String username, long quizId, long contextId, String language) {
      continued.continueFor(username);
      return attempts.startOrResume(quizId, contextId, language);
    }
  }
}
