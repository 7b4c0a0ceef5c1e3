package dk.tegn.assessments.attempt;

/**
 * Raised (as a CDI event) once an attempt has been graded, whether the learner submitted it or the
 * server did when its time ran out. Course completion observes it; it carries ids only so no entity
 * crosses the module boundary.
 *
 * @param learnerId the account id of the person who took the attempt
 * @param quizId the quiz the attempt belongs to
 * @param attemptId the graded attempt
 * @param scorePercent the attempt's score, 0..100, rounded down
 * @param passed whether the score reached the quiz's pass mark
 * @param contextId where the quiz was taken (courses: the course id), 0 outside any: the attempt
 *     counts there only
 */
public record AttemptGraded(
    long learnerId, long quizId, long attemptId, int scorePercent, boolean passed, long contextId) {

  /** An attempt taken outside any context. */
  public AttemptGraded(
      long learnerId, long quizId, long attemptId, int scorePercent, boolean passed) {
    this(learnerId, quizId, attemptId, scorePercent, passed, 0);
  }
}
