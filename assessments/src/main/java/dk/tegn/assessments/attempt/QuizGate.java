package dk.tegn.assessments.attempt;

import java.io.Serializable;
import java.util.Optional;

/**
 * Another module's rule that a learner may not start a quiz yet, asked before every new attempt
 * however it is asked for (the quiz page, the REST API, a link from a course): courses keeps the
 * final quiz of a module closed while the module is locked for the learner. Assessments asks every
 * {@code @ApplicationScoped} bean implementing this and never learns what a course is.
 */
public interface QuizGate {

  /**
   * @param learnerId the account that wants to start an attempt
   * @param quizId the quiz
   * @param language the learner's language, for the reason and the link's words
   * @return why the learner may not start the quiz now; empty when this module has no objection
   */
  Optional<Closed> closed(long learnerId, long quizId, String language);

  /**
   * The same, for the quiz taken in a context ({@link QuizAccessPolicy#admitsIn}; 0: none): a gate
   * that knows the context answers for that place only.
   */
  default Optional<Closed> closed(long learnerId, long quizId, long contextId, String language) {
    return closed(learnerId, quizId, language);
  }

  /**
   * A closed quiz, told in the learner's language.
   *
   * @param reason why the quiz is closed
   * @param nextPath where the learner can go instead: a path inside Tegn, or null
   * @param nextLabel the words of the link to {@code nextPath}
   */
  record Closed(String reason, String nextPath, String nextLabel) implements Serializable {}
}
