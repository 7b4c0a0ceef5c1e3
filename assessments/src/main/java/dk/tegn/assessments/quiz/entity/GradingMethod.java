package dk.tegn.assessments.quiz.entity;

import java.util.List;
import java.util.OptionalInt;

/** Which of a learner's graded attempts makes their quiz grade. */
public enum GradingMethod {
  HIGHEST,
  LAST,
  FIRST,
  /** The mean of all graded attempts, rounded down to a whole percent. */
  AVERAGE;

  /**
   * @param scoresInOrder the graded attempts' percentages, oldest first
   * @return the quiz grade, empty when nothing is graded yet
   */
  public OptionalInt grade(List<Integer> scoresInOrder) {
    if (scoresInOrder.isEmpty()) {
      return OptionalInt.empty();
    }
    return switch (this) {
      case HIGHEST -> OptionalInt.of(scoresInOrder.stream().mapToInt(i -> i).max().orElseThrow());
      case LAST -> OptionalInt.of(scoresInOrder.get(scoresInOrder.size() - 1));
      case FIRST -> OptionalInt.of(scoresInOrder.get(0));
      case AVERAGE ->
          OptionalInt.of(scoresInOrder.stream().mapToInt(i -> i).sum() / scoresInOrder.size());
    };
  }
}
