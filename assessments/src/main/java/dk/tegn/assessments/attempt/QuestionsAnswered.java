package dk.tegn.assessments.attempt;

import java.util.List;

/**
 * Raised (as a CDI event) once when an attempt is graded, just before {@link AttemptGraded}, with
 * every question of the attempt in slot order. One event for the attempt rather than one per
 * question, so that an observer works out what the questions share (whose attempt, where it was
 * taken) once: twenty events made the exam's submits twenty times that work, in the transaction
 * that holds the attempt's lock (ops/BENCHMARKS.md §3). Ids and grades only, never a response.
 *
 * @param learnerId the account id of the person who took the attempt
 * @param quizId the quiz
 * @param attemptId the graded attempt
 * @param questions each question of the attempt with its credit, in slot order
 */
public record QuestionsAnswered(
    long learnerId, long quizId, long attemptId, List<QuestionAnswered> questions) {

  public QuestionsAnswered {
    questions = List.copyOf(questions);
  }
}
