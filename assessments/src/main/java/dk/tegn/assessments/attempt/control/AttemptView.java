package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.entity.AttemptState;
import dk.tegn.assessments.attempt.entity.FinishedBy;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as its learner may see it now: questions and saved answers always; score, right
 * answers and feedback only once the quiz's review options allow (null/empty before).
 *
 * @param secondsLeft until the server's deadline; null without a time limit
 */
public record AttemptView(
    long id,
    long quizId,
    String quizTitle,
    int number,
    AttemptState state,
    Instant startedAt,
    Instant deadline,
    Long secondsLeft,
    Instant submittedAt,
    FinishedBy finishedBy,
    int questionsPerPage,
    int passMarkPercent,
    Integer scorePercent,
    Boolean passed,
    boolean rightAnswersShown,
    boolean feedbackShown,
    List<QuestionView> questions)
    implements Serializable {

  public boolean inProgress() {
    return state == AttemptState.IN_PROGRESS;
  }
}
