package dk.tegn.assessments.attempt;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

/**
 * Another module's links to the lessons a bank's questions name ("module/item" of a course
 * package), so a learner who failed a quiz is pointed back to the lessons of the questions they
 * missed: courses resolves them in the course through which the learner takes the quiz. Assessments
 * asks every {@code @ApplicationScoped} bean implementing this and never learns what a course is.
 */
public interface LessonLinks {

  /**
   * @param learnerId the account that took the quiz
   * @param quizId the quiz
   * @param lessons the lesson references of the missed questions
   * @param language the learner's language, for the titles
   * @return a link per reference this module could resolve; references it does not know are left
   *     out
   */
  Map<String, Link> links(long learnerId, long quizId, Collection<String> lessons, String language);

  /**
   * A lesson, told in the learner's language.
   *
   * @param title the lesson's title
   * @param path where it is: a path inside Tegn
   */
  record Link(String title, String path) implements Serializable {}
}
