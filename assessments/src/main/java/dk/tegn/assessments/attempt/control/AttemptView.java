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
 * @param missedLessons for a graded attempt that did not pass: the lessons ("module/item" of the
 *     course package) that teach the questions not fully right, each once, in question order, with
 *     the question numbers; empty otherwise. They say where to go back to, not what was right, so
 *     they show even while the review keeps the right answers hidden.
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
    List<QuestionView> questions,
    List<MissedLesson> missedLessons)
    implements Serializable {

  /**
   * A lesson to go back to.
   *
   * @param lesson "module/item" as the question's bank names it
   * @param questions the numbers of the missed questions it teaches, in order
   */
  public record MissedLesson(String lesson, List<Integer> questions) implements Serializable {}

  public boolean inProgress() {
    return state == AttemptState.IN_PROGRESS;
  }
}
