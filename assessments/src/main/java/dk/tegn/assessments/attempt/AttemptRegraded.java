package dk.tegn.assessments.attempt;

/**
 * Raised (as a synchronous CDI event, in the transaction of the write) when a coordinator overrides
 * the grade of a graded attempt, or changes an override. The attempt's own score stays as graded;
 * from now on the override counts instead of it. Ids and the grade before and after, like {@link
 * AttemptGraded}, so that a module that counted the attempt (courses' completion, coordination's
 * counters) can move it without reading this module's tables.
 *
 * @param learnerId the account id of the person who took the attempt
 * @param quizId the quiz the attempt belongs to
 * @param attemptId the attempt
 * @param contextId where the quiz was taken (courses: the course id), 0 outside any
 * @param scoreBefore the score that counted until now (the graded one, or an earlier override)
 * @param passedBefore whether it passed until now
 * @param scoreAfter the score that counts from now
 * @param passedAfter whether it passes from now
 * @param quizGradeAfter the learner's grade on the quiz in this context from now: every graded
 *     attempt there as it counts (overrides instead of graded scores) under the quiz's grading
 *     method (highest, first, last, average), as Moodle recomputes a quiz grade after an override
 * @param quizPassedAfter whether that grade reaches the quiz's pass mark
 */
public record AttemptRegraded(
    long learnerId,
    long quizId,
    long attemptId,
    long contextId,
    int scoreBefore,
    boolean passedBefore,
    int scoreAfter,
    boolean passedAfter,
    int quizGradeAfter,
    boolean quizPassedAfter) {

  /** True when the override turned a fail into a pass. */
  public boolean nowPassed() {
    return passedAfter && !passedBefore;
  }

  /** True when the override turned a pass into a fail. */
  public boolean nowFailed() {
    return passedBefore && !passedAfter;
  }
}
