package dk.tegn.courses.xapi.control;

import dk.tegn.assessments.attempt.control.GradedAnswers.Position;
import dk.tegn.assessments.attempt.control.StartedAttempts;
import dk.tegn.assessments.attempt.control.StartedAttempts.Started;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The attempted statements of started attempts, made in the background rather than in the start (an
 * exam's 10,000 starts at the signal paid for them in the start's transaction, ops/BENCHMARKS.md
 * §3): as {@link GradedAttemptStatements}, read through assessments' {@link StartedAttempts} behind
 * a cursor of xAPI's own, looking back {@link GradedAttemptStatements#LOOK_BACK} for attempts that
 * committed late; a statement stored twice is stored once.
 */
@ApplicationScoped
public class StartedAttemptStatements {

  static final String CURSOR = "started-attempts";

  /** Attempts read per run. */
  static final int BATCH = 500;

  @Inject XapiCursors cursors;
  @Inject PlatformClock clock;
  @Inject StartedAttempts started;
  @Inject StatementOutbox outbox;
  @Inject XapiRecorder recorder;
  @Inject XapiAddresses addresses;

  /** {@link #recordBatch(XapiRun)} as a run of one batch. */
  @Transactional
  public int recordBatch() {
    return recordBatch(new XapiRun());
  }

  /**
   * Records one batch: the attempts behind the cursor still without their statement (those the run
   * has handled already skipped, {@link XapiRun}), then up to {@link #BATCH} after it, and moves
   * the cursor past the latter. Returns how many were read after the cursor: {@link #BATCH} means
   * more may be waiting.
   */
  @Transactional
  public int recordBatch(XapiRun run) {
    Position cursor =
        cursors.read(
            CURSOR, new Position(clock.now().minus(GradedAttemptStatements.FIRST_START), 0));
    List<Started> todo =
        new ArrayList<>(
            run.unrecorded(
                started.between(
                    cursor.gradedAt().minus(GradedAttemptStatements.LOOK_BACK),
                    cursor,
                    GradedAttemptStatements.LOOK_BACK_MAX),
                Started::attemptId,
                this::statementId,
                outbox));
    List<Started> fresh = started.after(cursor, BATCH);
    todo.addAll(fresh);
    todo.forEach(recorder::attempted);
    run.recorded(todo.stream().map(Started::attemptId).toList());
    if (!fresh.isEmpty()) {
      cursors.move(CURSOR, fresh.get(fresh.size() - 1).position());
    }
    return fresh.size();
  }

  /** Attempts read per run: a run that read this many may have left more. */
  public int batch() {
    return BATCH;
  }

  private String statementId(Started s) {
    return addresses.statementId(XapiRecorder.attemptedKey(s.attemptId())).toString();
  }
}
