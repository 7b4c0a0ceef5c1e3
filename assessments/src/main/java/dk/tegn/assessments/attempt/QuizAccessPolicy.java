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
}
