package dk.tegn.courses.xapi.control;

import dk.tegn.assessments.attempt.control.GradedAnswers;
import dk.tegn.assessments.attempt.control.GradedAnswers.Position;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The answered and passed/failed statements of graded attempts, made in the background rather than
 * in the submit: the submit only grades, and this reads what was graded through assessments' {@link
 * GradedAnswers}, a batch at a time, behind a cursor of xAPI's own ({@code crs_xapi_cursor}).
 * Attempts do not commit in the order of grading: one graded a moment earlier may commit after the
 * cursor has passed it. So each run also looks back {@link #LOOK_BACK} behind the cursor for graded
 * attempts whose statements are not in the outbox yet; statement ids are name-based and storing one
 * twice changes nothing, so reading an attempt twice is harmless.
 */
@ApplicationScoped
public class GradedAttemptStatements {

  static final String CURSOR = "graded-attempts";

  /** Attempts read per run. */
  static final int BATCH = 200;

  /** How far behind the cursor a run looks for attempts that committed late. */
  static final Duration LOOK_BACK = Duration.ofMinutes(1);

  /** At most this many attempts are looked at again per run (the newest). */
  static final int LOOK_BACK_MAX = 5_000;

  /** Where the first run starts: attempts graded before were recorded in their submit. */
  static final Duration FIRST_START = Duration.ofHours(1);

  @Inject XapiCursors cursors;
  @Inject PlatformClock clock;
  @Inject GradedAnswers graded;
  @Inject StatementOutbox outbox;
  @Inject XapiRecorder recorder;
  @Inject XapiAddresses addresses;

  /** {@link #recordBatch(XapiRun)} as a run of one batch. */
  @Transactional
  public int recordBatch() {
    return recordBatch(new XapiRun());
  }

  /**
   * Records one batch: the attempts behind the cursor still without statements (those the run has
   * handled already skipped), then up to {@link #BATCH} after it, and moves the cursor past the
   * latter. The cursor's row is locked to the end of the transaction, so two runs at once (a lease
   * that ran out mid-run) take turns. Returns how many attempts were read after the cursor: {@link
   * #BATCH} means more may be waiting.
   */
  @Transactional
  public int recordBatch(XapiRun run) {
    Position cursor = cursor();
    Map<Long, Position> todo = new LinkedHashMap<>();
    for (Position p :
        run.unrecorded(
            graded.between(cursor.gradedAt().minus(LOOK_BACK), cursor, LOOK_BACK_MAX),
            Position::attemptId,
            this::gradedStatementId,
            outbox)) {
      todo.put(p.attemptId(), p);
    }
    List<Position> fresh = graded.after(cursor, BATCH);
    fresh.forEach(p -> todo.put(p.attemptId(), p));
    for (GradedAnswers.Graded attempt : graded.of(new LinkedHashSet<>(todo.keySet()))) {
      recorder.graded(attempt);
    }
    run.recorded(todo.keySet());
    if (!fresh.isEmpty()) {
      move(fresh.get(fresh.size() - 1));
    }
    return fresh.size();
  }

  /** Attempts read per run: a run that read this many may have left more. */
  public int batch() {
    return BATCH;
  }

  /** The cursor, made on the first run {@link #FIRST_START} before now. */
  Position cursor() {
    return cursors.read(CURSOR, new Position(clock.now().minus(FIRST_START), 0));
  }

  /** Puts the cursor at {@code position}. */
  void move(Position position) {
    cursors.move(CURSOR, position);
  }

  private String gradedStatementId(Position p) {
    return addresses.statementId(XapiRecorder.gradedKey(p.attemptId())).toString();
  }
}
