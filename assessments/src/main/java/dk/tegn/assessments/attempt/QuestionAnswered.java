package dk.tegn.assessments.attempt;

/**
 * One question of a graded attempt, as {@link QuestionsAnswered} lists them. Carries ids and the
 * grade, never the response itself.
 *
 * @param learnerId the account id of the person who took the attempt
 * @param quizId the quiz
 * @param attemptId the graded attempt
 * @param slot the question's position in the attempt, from 1
 * @param questionId the question (stable across its versions)
 * @param questionVersion the version of the question the learner saw
 * @param answered whether the learner gave an answer at all
 * @param fraction the credit the answer earned, 0..1
 */
public record QuestionAnswered(
    long learnerId,
    long quizId,
    long attemptId,
    int slot,
    long questionId,
    int questionVersion,
    boolean answered,
    double fraction) {}
