package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.entity.Attempt;
import dk.tegn.assessments.attempt.entity.AttemptState;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a start answers: which attempt the caller is in and since when, without its questions. The
 * questions are read with the attempt itself ({@code GET /api/attempts/{id}}, the quiz page's next
 * load), so the queue of starts at an exam's signal only stamps (ops/BENCHMARKS.md §3.aa). The
 * fields are named as in {@link AttemptView}.
 *
 * @param state {@code IN_PROGRESS}; {@code SUBMITTED} when the caller came back to an attempt whose
 *     time ran out (it was submitted with what was saved, and its view shows the result)
 * @param secondsLeft until the server's deadline; null without a time limit or once submitted
 */
public record AttemptStamp(
    long id,
    long quizId,
    int number,
    AttemptState state,
    Instant startedAt,
    Instant deadline,
    Long secondsLeft)
    implements Serializable {

  static AttemptStamp of(Attempt attempt, Instant now) {
    return new AttemptStamp(
        attempt.getId(),
        attempt.getQuiz().getId(),
        attempt.getNumber(),
        attempt.getState(),
        attempt.getStartedAt(),
        attempt.getDeadline(),
        attempt.isInProgress() ? attempt.secondsLeft(now) : null);
  }

  public boolean inProgress() {
    return state == AttemptState.IN_PROGRESS;
  }
}
