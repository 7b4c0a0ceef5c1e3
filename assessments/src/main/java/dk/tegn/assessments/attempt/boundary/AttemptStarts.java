package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.control.Attempts;
import dk.tegn.core.problem.BusyException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import java.util.concurrent.TimeUnit;

/**
 * Starts attempts a few at a time, off the HTTP workers. When a hall of a thousand presses start on
 * the same signal, each start (reading the quiz, drawing the questions, writing the attempt) would
 * otherwise hold a worker while the answers of those already writing queue behind the whole burst
 * (ops/BENCHMARKS.md); here the starts wait in their own queue and the answers go on.
 */
@ApplicationScoped
public class AttemptStarts {

  /** Defined in the web module (StartupConcurrency): at most two starts run at once. */
  public static final String EXECUTOR = "java:app/concurrent/attemptStarts";

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  /** The longest a start waits for its turn before the caller is told to try again. */
  public static final int WAIT_SECONDS = 5;

  /** Seconds a refused client should wait before it presses start again. */
  public static final int RETRY_AFTER_SECONDS = 2;

  @Inject InOwnRequest inOwnRequest;

  /**
   * Answers {@code response} with the started (or resumed) attempt, or with the refusal; a start
   * that has not had its turn within {@link #WAIT_SECONDS} is answered busy (503) and skipped.
   */
  public void start(long quizId, long contextId, String language, AsyncResponse response) {
    response.setTimeoutHandler(
        waited -> waited.resume(new BusyException("startBusy", RETRY_AFTER_SECONDS)));
    response.setTimeout(WAIT_SECONDS, TimeUnit.SECONDS);
    executor.execute(
        () -> {
          if (response.isDone()) {
            // already told to try again: the retry starts (or resumes) it
            return;
          }
          try {
            response.resume(inOwnRequest.start(quizId, contextId, language));
          } catch (RuntimeException refused) {
            // the API's exception mappers answer it, as for any request
            response.resume(refused);
          }
        });
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
