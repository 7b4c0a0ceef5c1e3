package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.AttemptStamp;
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
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.container.AsyncResponse;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts attempts a few at a time, off the HTTP workers. When a hall of a thousand presses start on
 * the same signal, each start (reading the quiz, drawing the questions, writing the attempt) would
 * otherwise hold a worker while the answers of those already writing queue behind the whole burst
 * (ops/BENCHMARKS.md); here the starts wait in their own queue and the answers go on. The API's
 * start and the quiz page's start both queue here, so one bound holds for both.
 *
 * <p>The queue is drained by at most {@code tegn.exam.starts.concurrent} (default {@link #AT_ONCE})
 * tasks on the managed executor, each running queued starts until none is left, rather than one
 * task per start: Payara captures a task's context with a class-path scan (a ServiceLoader) under a
 * class-loader lock, which at a task per start, and per refused retry, took most of the CPU of a
 * 10,000-trainee start (ops/BENCHMARKS.md §3). A drained start therefore runs for the caller it
 * names ({@link ContinuedCaller}), not for the request whose context the draining task carries.
 *
 * <p>Which presses are queued at all is {@link StartAdmission}'s: only as many as the measured rate
 * serves within the bound; the others are refused at once, with the line's real wait as Retry-After
 * and a place kept in it (a ticket), holding no request and giving the executor no task.
 */
@ApplicationScoped
public class AttemptStarts {

  private static final Logger LOG = Logger.getLogger(AttemptStarts.class.getName());

  /**
   * Defined in the web module (StartupConcurrency): at most {@link #MAX_AT_ONCE} starts at once.
   */
  public static final String EXECUTOR = "java:app/concurrent/attemptStarts";

  /**
   * Starts that run at once unless {@code tegn.exam.starts.concurrent} says otherwise. A start only
   * stamps a prepared attempt (one UPDATE, its time mostly a wait for MariaDB's commit), and four
   * at once serve more starts a second than two in the line alone (ops/BENCHMARKS.md §3.aa), but
   * the 10,000-trainee exam at four collapsed a minute after the signal (the heap) and held at two
   * (§3, session 17).
   */
  public static final int AT_ONCE = 2;

  /** The most starts the executor runs at once, whatever the setting. */
  public static final int MAX_AT_ONCE = 8;

  /** The longest a start waits for its turn before the caller is told to try again. */
  public static final int WAIT_SECONDS = 5;

  /**
   * When a start not yet done is refused: {@link #WAIT_SECONDS} less a margin for answering the
   * refusal itself (the timer's tick, the exception mapper, the write), so that it is answered
   * within the bound: at 5 s exactly, some of session 16's refusals were answered after 5.0-5.1 s.
   */
  public static final long REFUSE_AFTER_MILLIS = TimeUnit.SECONDS.toMillis(WAIT_SECONDS) - 500;

  /**
   * A start is queued only when the queue ahead of it is served within this many seconds: below
   * {@link #WAIT_SECONDS}, for the error of the measured rate.
   */
  public static final int ADMIT_WITHIN_SECONDS = 4;

  /**
   * How long a called place is kept for its holder past the Retry-After they were given: the
   * clients' jitter, a slow page load.
   */
  public static final int TICKET_GRACE_SECONDS = 15;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService managedExecutor;

  @Inject
  @ConfigProperty(name = "tegn.exam.starts.concurrent", defaultValue = "" + AT_ONCE)
  int concurrent;

  @Inject InOwnRequest inOwnRequest;
  @Inject CurrentCaller caller;
  @Inject Attempts attempts;

  private Executor executor;
  private int atOnce;
  private Starter starter;
  private Supplier<String> callerName;
  private long waitMillis;
  private StartAdmission admission;

  private final Queue<Start> pending = new ConcurrentLinkedQueue<>();
  private final AtomicInteger draining = new AtomicInteger();

  /** What one start does, for the named caller; in its own request context in the container. */
  @FunctionalInterface
  public interface Starter {
    AttemptStamp start(String username, long quizId, long contextId, String language);
  }

  /**
   * One press of start, answered through its future; {@code taken} by whoever comes first, the
   * drainer (to run it) or the refusal at the bound (so it leaves the queue without running), so it
   * leaves the admission's count once.
   */
  private static final class Start extends CompletableFuture<AttemptStamp> {
    final StartAdmission.Key key;
    final String language;
    final AtomicBoolean taken = new AtomicBoolean();

    Start(StartAdmission.Key key, String language) {
      this.key = key;
      this.language = language;
    }
  }

  public AttemptStarts() {}

  /**
   * For tests outside a container: the queue drained on {@code executor}, {@link #AT_ONCE} at once,
   * refusing after the bound; {@code callerName} names the signed-in caller (null: nobody).
   */
  public AttemptStarts(
      Executor executor, Supplier<String> callerName, Starter starter, long waitMillis) {
    this(executor, AT_ONCE, callerName, starter, waitMillis, System::nanoTime);
  }

  /** As the other, {@code atOnce} at once, with the clock that times the starts and the tickets. */
  public AttemptStarts(
      Executor executor,
      int atOnce,
      Supplier<String> callerName,
      Starter starter,
      long waitMillis,
      LongSupplier nanos) {
    this.executor = executor;
    this.atOnce = atOnce;
    this.callerName = callerName;
    this.starter = starter;
    this.waitMillis = waitMillis;
    admission = newAdmission(nanos, atOnce);
  }

  @PostConstruct
  void init() {
    executor = managedExecutor;
    atOnce = Math.max(1, Math.min(MAX_AT_ONCE, concurrent));
    starter = inOwnRequest::start;
    callerName = () -> caller.isAuthenticated() ? caller.username() : null;
    waitMillis = REFUSE_AFTER_MILLIS;
    admission = newAdmission(System::nanoTime, atOnce);
    LOG.info(() -> "attempt starts: " + atOnce + " at once");
  }

  private static StartAdmission newAdmission(LongSupplier nanos, int atOnce) {
    return new StartAdmission(
        nanos, atOnce, ADMIT_WITHIN_SECONDS, TICKET_GRACE_SECONDS, TimeUnit.SECONDS, LOG::info);
  }

  /**
   * Queues the start (or resume) of the caller's attempt when the admission lets it in: the future
   * completes with the attempt or with what the start threw, at once when refused (busy, with the
   * line's wait) or when it resumes an attempt that finished after its caller was refused. A start
   * refused at the bound (see {@link #refuse}) before its turn came is skipped: the retry starts
   * (or resumes) it.
   */
  CompletableFuture<AttemptStamp> queue(long quizId, long contextId, String language) {
    String username = callerName.get();
    if (username == null) {
      return CompletableFuture.failedFuture(new AccessDeniedException("not signed in"));
    }
    Start start = new Start(new StartAdmission.Key(username, quizId, contextId), language);
    StartAdmission.Decision decision = admission.admit(start.key);
    switch (decision.kind()) {
      case REFUSE -> start.completeExceptionally(busy(decision.retryAfterSeconds()));
      case RESUME -> run(start); // a resume only reads: here, not queued again
      case QUEUE -> {
        pending.add(start);
        if (claimDrainer()) {
          executor.execute(this::drain);
        }
      }
    }
    return start;
  }

  private boolean claimDrainer() {
    int now;
    do {
      now = draining.get();
      if (now >= atOnce) {
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
    for (Start next = pending.poll(); next != null; next = pending.poll()) {
      if (!next.taken.compareAndSet(false, true)) {
        continue; // already told to try again: the retry starts (or resumes) it
      }
      try {
        if (!run(next)) {
          admission.finishedLate(next.key); // done after its caller was refused: resumed next
        }
      } finally {
        admission.ran();
      }
    }
  }

  /** Runs the start; false when it was done but its caller had been refused meanwhile. */
  private boolean run(Start start) {
    try {
      return start.complete(
          starter.start(
              start.key.username(), start.key.quizId(), start.key.contextId(), start.language));
    } catch (RuntimeException refused) {
      start.completeExceptionally(refused);
      return true;
    }
  }

  /**
   * The API's start: answers {@code response} with the attempt, or with the refusal; a start not
   * done within the bound is answered busy (503), without holding an HTTP worker meanwhile.
   */
  public void start(long quizId, long contextId, String language, AsyncResponse response) {
    CompletableFuture<AttemptStamp> started = queue(quizId, contextId, language);
    if (!started.isDone()) {
      response.setTimeoutHandler(waited -> refuse(started));
      response.setTimeout(waitMillis, TimeUnit.MILLISECONDS);
    }
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
   * Prepares the caller's next attempt ({@link Attempts#prepare}), on the caller's own request: the
   * draw is paid before the signal, not in the queue of starts. Twice at once (a double click, two
   * tabs) writes one: the other fails on the unique key, which is no error here.
   */
  public void prepare(long quizId, long contextId, String language) {
    try {
      attempts.prepare(quizId, contextId, language);
    } catch (PersistenceException | TransactionalException e) {
      if (!preparedMeanwhile(e)) {
        throw e;
      }
    }
  }

  /** The insert of a prepared attempt refused on the unique key: another prepared it meanwhile. */
  private static boolean preparedMeanwhile(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quiz page's start, which waits for its turn on the page's own request (a Faces action has
   * no asynchronous answer) but no longer than the API's start does.
   *
   * @throws BusyException when the start was not done within the bound: nothing started
   */
  public AttemptStamp startAndWait(long quizId, long contextId, String language) {
    CompletableFuture<AttemptStamp> started = queue(quizId, contextId, language);
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

  /**
   * Refuses a start that is not done at the bound: busy, try again after the queue's wait. One
   * still waiting for its turn leaves the queue now (the drainer skips it); one that was already
   * done stays so.
   */
  private void refuse(CompletableFuture<AttemptStamp> started) {
    if (started instanceof Start start && start.taken.compareAndSet(false, true)) {
      admission.left();
    }
    started.completeExceptionally(busy(admission.queueSeconds()));
  }

  /** The attempt when the start finished before the refusal, else the refusal thrown as itself. */
  private static AttemptStamp joined(CompletableFuture<AttemptStamp> started) {
    try {
      return started.join();
    } catch (CompletionException e) {
      throw cause(e) instanceof RuntimeException refused ? refused : e;
    }
  }

  private static BusyException busy(int retryAfterSeconds) {
    return new BusyException("startBusy", retryAfterSeconds);
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
    public AttemptStamp start(String username, long quizId, long contextId, String language) {
      continued.continueFor(username);
      return attempts.start(quizId, contextId, language);
    }
  }
}
