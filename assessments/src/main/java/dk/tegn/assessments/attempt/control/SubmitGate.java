package dk.tegn.assessments.attempt.control;

import dk.tegn.core.problem.BoundedLine;
import dk.tegn.core.problem.BusyException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a few submits run at once and refuses, after a short wait, the ones that get no turn: a
 * submit grades the attempt and runs every observer of the grade (completion, coordination's
 * counters, LTI), some 15–30 answer saves of CPU, so a burst of them (a hall finishing together)
 * could otherwise take the HTTP workers, the connections and the cores from the saves of everyone
 * still answering (ops/BENCHMARKS.md §3, the 10,000 run at 07:50). A refused submit changed nothing
 * (its answers are saved already): the API answers 503 with Retry-After and the quiz page submits
 * again by itself. The wait is short because a waiting submit holds an HTTP worker.
 */
@ApplicationScoped
public class SubmitGate {

  /**
   * The least a refused client is told to wait before it submits again; longer when the line is.
   */
  public static final int RETRY_AFTER_SECONDS = 2;

  @Inject
  @ConfigProperty(name = "tegn.exam.submits.concurrent", defaultValue = "4")
  int concurrent;

  @Inject
  @ConfigProperty(name = "tegn.exam.submits.waitMillis", defaultValue = "1000")
  long waitMillis;

  private BoundedLine line;

  public SubmitGate() {}

  /** For tests outside a container. */
  public SubmitGate(int concurrent, long waitMillis) {
    this.concurrent = concurrent;
    this.waitMillis = waitMillis;
    init();
  }

  @PostConstruct
  void init() {
    // a submit's time is learnt from the first ones; the guess only matters until then
    line = new BoundedLine(concurrent, waitMillis, 100, RETRY_AFTER_SECONDS, false);
  }

  /** How many submits run at once. */
  public int concurrent() {
    return concurrent;
  }

  /**
   * Runs {@code submit} when a turn is free within the bound.
   *
   * @throws BusyException when no turn came, or would come, within the bound; nothing was submitted
   */
  public <T> T submit(Supplier<T> submit) {
    return line.take(submit, "submitBusy");
  }
}
