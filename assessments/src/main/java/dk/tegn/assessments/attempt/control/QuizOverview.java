package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.QuizGate;
import dk.tegn.assessments.attempt.entity.AttemptState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A learner's standing on a quiz: their attempts, whether they may start another, and their grade
 * by the quiz's grading method (null while no score may be shown).
 *
 * @param refusal the bundle key saying why no attempt can be started now, null when one can
 * @param closed another module's reason why no attempt can be started now (a locked module of a
 *     course), null when there is none
 */
public record QuizOverview(
    long quizId,
    String title,
    int passMarkPercent,
    int attemptsAllowed,
    Integer timeLimitSeconds,
    int questionCount,
    Instant openAt,
    Instant closeAt,
    List<AttemptSummary> attempts,
    Long openAttemptId,
    String refusal,
    QuizGate.Closed closed,
    Integer gradePercent,
    Boolean passed)
    implements Serializable {

  public boolean canStart() {
    return refusal == null && closed == null;
  }

  /** One attempt; score null until review allows it. */
  public record AttemptSummary(
      long id,
      int number,
      AttemptState state,
      Instant startedAt,
      Instant submittedAt,
      Integer scorePercent)
      implements Serializable {}
}
