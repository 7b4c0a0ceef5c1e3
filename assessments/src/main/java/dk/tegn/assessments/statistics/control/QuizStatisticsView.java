package dk.tegn.assessments.statistics.control;

import dk.tegn.assessments.question.entity.QuestionType;
import java.util.List;

/**
 * Aggregates of a quiz's submitted attempts; names no person.
 *
 * @param distribution attempts per ten-point score band, 0-9 % first, 90-100 % last
 */
public record QuizStatisticsView(
    long quizId,
    String title,
    int attempts,
    Double averagePercent,
    Double passRatePercent,
    List<Integer> distribution,
    List<QuestionStatistics> questions) {

  /**
   * One question version as attempts showed it.
   *
   * @param facility mean score on the question in percent (100 = everyone right)
   * @param discrimination correlation with the rest of the attempt, times 100; null when undefined
   */
  public record QuestionStatistics(
      long versionId,
      String code,
      int versionNumber,
      QuestionType type,
      String text,
      int attempts,
      Double facility,
      Double discrimination,
      List<ChoiceCount> choices) {}

  /** How often one choice was picked. */
  public record ChoiceCount(String key, String text, boolean correct, int count) {}
}
