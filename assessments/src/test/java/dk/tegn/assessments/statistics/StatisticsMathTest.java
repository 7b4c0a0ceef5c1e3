package dk.tegn.assessments.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.statistics.control.StatisticsMath;
import dk.tegn.assessments.statistics.control.StatisticsMath.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsMathTest {

  @Test
  void facilityIsTheMeanScoreAsAPercentage() {
    assertEquals(75.0, StatisticsMath.facility(List.of(1.0, 1.0, 1.0, 0.0)).getAsDouble(), 1e-9);
    assertTrue(StatisticsMath.facility(List.of()).isEmpty());
  }

  @Test
  void aQuestionThatStrongTraineesGetRightDiscriminatesPositively() {
    var obs =
        List.of(
            new Observation(1, 9),
            new Observation(1, 8),
            new Observation(0, 3),
            new Observation(0, 2));
    // rest-of-test scores 8, 7, 3, 2: r = 5 / sqrt(1 * 26)
    assertEquals(98.06, StatisticsMath.discrimination(obs).getAsDouble(), 0.01);
  }

  @Test
  void aQuestionThatOnlyWeakTraineesGetRightDiscriminatesNegatively() {
    var obs =
        List.of(
            new Observation(0, 8),
            new Observation(0, 9),
            new Observation(1, 3),
            new Observation(1, 2));
    assertTrue(StatisticsMath.discrimination(obs).getAsDouble() < -90);
  }

  @Test
  void discriminationIsUndefinedWithoutVariation() {
    assertTrue(StatisticsMath.discrimination(List.of(new Observation(1, 5))).isEmpty());
    assertTrue(
        StatisticsMath.discrimination(List.of(new Observation(1, 5), new Observation(1, 3)))
            .isEmpty(),
        "everyone right: the question separates nobody");
  }

  @Test
  void distributionPutsScoresInTenPointBandsWithHundredInTheTopBand() {
    assertEquals(
        List.of(1, 0, 0, 0, 0, 0, 0, 0, 1, 2),
        StatisticsMath.distribution(List.of(0, 80, 90, 100)));
  }

  @Test
  void frequenciesCountEveryPickAndShowUnpickedChoicesAsZero() {
    assertEquals(
        Map.of("a", 2, "b", 1, "c", 0),
        StatisticsMath.frequencies(
            List.of("a", "b", "c"), List.of(List.of("a"), List.of("a", "b"), List.of("z"))));
  }
}
