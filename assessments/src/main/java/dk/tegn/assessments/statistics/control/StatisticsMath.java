package dk.tegn.assessments.statistics.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The classical test statistics a trainer reads to find wrong, ambiguous or too easy questions.
 *
 * <p>Facility index: the mean score on the question, as a percentage (100 = everyone right).
 *
 * <p>Discrimination index: as in Moodle's quiz statistics, the Pearson correlation between the
 * score on the question and the score on the rest of the attempt (total minus this question), times
 * 100. Leaving the question out of the total keeps it from correlating with itself, which matters
 * in short quizzes. Above 30 separates strong from weak trainees well; near 0 or negative suggests
 * an ambiguous or wrong question. Undefined (empty) with fewer than two attempts or when either
 * score never varies.
 */
public final class StatisticsMath {

  /** Upper bounds (inclusive) of the score distribution's ten buckets: 0-9, 10-19 .. 90-100. */
  public static final int BUCKETS = 10;

  private StatisticsMath() {}

  /** One attempt's view of one question: the question's fraction and the attempt's total. */
  public record Observation(double questionFraction, double attemptTotal) {}

  public static OptionalDouble facility(List<Double> fractions) {
    return fractions.stream().mapToDouble(d -> d).average().stream().map(m -> m * 100).findFirst();
  }

  /**
   * @param observations per attempt that contained the question: its fraction on the question and
   *     the sum of its fractions over all questions (same unit)
   */
  public static OptionalDouble discrimination(List<Observation> observations) {
    int n = observations.size();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = observations.get(i).questionFraction();
      y[i] = observations.get(i).attemptTotal() - x[i];
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx < 1e-12 || syy < 1e-12) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100 * sxy / Math.sqrt(sxx * syy));
  }

  /** Counts of attempts per ten-point band: index 0 = 0-9 %, 9 = 90-100 %. */
  public static List<Integer> distribution(List<Integer> scorePercents) {
    int[] counts = new int[BUCKETS];
    for (int score : scorePercents) {
      counts[Math.max(0, Math.min(BUCKETS - 1, score / 10))]++;
    }
    List<Integer> result = new ArrayList<>();
    for (int c : counts) {
      result.add(c);
    }
    return result;
  }

  /** How often each key was picked, in the order of {@code keys}, unpicked keys as zero. */
  public static Map<String, Integer> frequencies(List<String> keys, List<List<String>> picks) {
    Map<String, Integer> result = new LinkedHashMap<>();
    keys.forEach(k -> result.put(k, 0));
    for (List<String> pick : picks) {
      for (String key : pick) {
        result.computeIfPresent(key, (k, v) -> v + 1);
      }
    }
    return result;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
