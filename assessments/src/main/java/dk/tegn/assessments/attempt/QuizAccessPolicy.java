package dk.tegn.assessments.attempt;

/**
 * Another module's reason to let a learner take a quiz that the organisation rule alone would
 * refuse. Assessments lets the people of a quiz's organisation (and everyone, for a shared quiz)
 * take it; a module that knows more, such as courses with its enrolments, provides an
 * {@code @ApplicationScoped} bean implementing this, and assessments asks every such bean before it
 * refuses. Assessments itself never learns what a course is.
 */
public interface QuizAccessPolicy {

  /**
   * @param learnerId the account that wants to see or start an attempt
   * @param quizId the quiz
   * @return true to let the learner take the quiz; false leaves the decision to the other rules
   */
  boolean admits(long learnerId, long quizId);

  /**
   * Whether the learner takes the quiz in this context of the module's own (courses: a course id
   * whose version, in which the learner is enrolled, holds the quiz). Attempts are counted per
   * context; a context no policy admits is refused.
   *
   * @param contextId never 0
   */
  default boolean admitsIn(long learnerId, long quizId, long contextId) {
    return false;
  }
}
