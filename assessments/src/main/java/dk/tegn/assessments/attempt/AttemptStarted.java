package dk.tegn.assessments.attempt;

/**
 * Raised (as a CDI event) when a learner starts a new attempt at a quiz; resuming an open attempt
 * raises nothing. Ids only, like {@link AttemptGraded}.
 *
 * @param learnerId the account id of the person taking the attempt
 * @param quizId the quiz
 * @param attemptId the new attempt
 * @param number the attempt's number for this learner and quiz, from 1
 */
public record AttemptStarted(long learnerId, long quizId, long attemptId, int number) {}
