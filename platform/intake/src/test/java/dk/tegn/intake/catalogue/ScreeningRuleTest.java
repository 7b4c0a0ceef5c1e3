package dk.tegn.intake.catalogue;

import static dk.tegn.intake.catalogue.entity.Answer.NOT_OBSERVED;
import static dk.tegn.intake.catalogue.entity.Answer.OBSERVED;
import static dk.tegn.intake.catalogue.entity.Answer.UNKNOWN;
import static dk.tegn.intake.catalogue.entity.ScreeningSignal.INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING;
import static dk.tegn.intake.catalogue.entity.ScreeningSignal.NOT_ENOUGH_INFORMATION;
import static dk.tegn.intake.catalogue.entity.ScreeningSignal.SOME_INDICATORS_REFER_FOR_ASSESSMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.intake.catalogue.control.ScreeningRule;
import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.Indicator;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreeningRuleTest {

  final IndicatorCatalogue catalogue = IndicatorCatalogue.current();

  private Map<String, Answer> observed(String... keys) {
    Map<String, Answer> answers = new HashMap<>();
    Arrays.stream(keys).forEach(k -> answers.put(k, OBSERVED));
    return answers;
  }

  private ScreeningSignal signal(Profile profile, Map<String, Answer> answers) {
    return ScreeningRule.screen(catalogue, profile, answers).signal();
  }

  @Test
  void adultWithRecruitmentExploitationAndCoercionSuggestsPossibleTrafficking() {
    Map<String, Answer> answers =
        observed(
            "deceived-nature-of-job",
            "deceived-wages", // deceptive recruitment: 1 strong + 1 medium
            "excessive-hours",
            "low-or-no-pay", // exploitative conditions: 1 strong + 1 medium
            "documents-confiscated",
            "threats"); // coercion at destination: 1 strong + 1 medium
    ScreeningResult result = ScreeningRule.screen(catalogue, Profile.ADULT_LABOUR, answers);
    assertEquals(INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING, result.signal());
    assertEquals(
        List.of("deceptive-recruitment", "exploitative-conditions", "coercion-at-destination"),
        result.positiveDimensions());
    assertEquals("ilo-ec-2009-tegn-v3", result.catalogueVersion());
  }

  @Test
  void adultWithoutKnownRecruitmentButClearMeansReachesTheTopLevel() {
    Map<String, Answer> answers =
        observed("excessive-hours", "low-or-no-pay", "documents-confiscated", "violence");
    catalogue.indicatorsOf("deceptive-recruitment").forEach(i -> answers.put(i.key(), UNKNOWN));
    assertEquals(INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING, signal(Profile.ADULT_LABOUR, answers));
    answers.remove("documents-confiscated");
    answers.put("threats", OBSERVED);
    assertEquals(
        INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING,
        signal(Profile.ADULT_LABOUR, answers),
        "one strong and one medium sign of means are clear");
    answers.remove("threats");
    assertEquals(
        SOME_INDICATORS_REFER_FOR_ASSESSMENT,
        signal(Profile.ADULT_LABOUR, answers),
        "one strong sign of means alone is not clear");
  }

  @Test
  void sixMediumSignsTwoInEachElementSuggestPossibleTrafficking() {
    Map<String, Answer> answers =
        observed(
            "deceived-wages",
            "deceived-conditions",
            "low-or-no-pay",
            "bad-living-conditions",
            "threats",
            "wages-withheld");
    assertEquals(INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING, signal(Profile.ADULT_LABOUR, answers));
    assertEquals(
        NOT_ENOUGH_INFORMATION,
        signal(Profile.ADULT_LABOUR, observed("low-or-no-pay", "no-social-protection")),
        "two medium signs of poor conditions and nothing of means: ask more, refer if in doubt");
  }

  @Test
  void unknownNeverCountsAsNoAndNothingObservedIsNotEnoughInformation() {
    Map<String, Answer> allUnknown = new HashMap<>();
    catalogue.indicators().forEach(i -> allUnknown.put(i.key(), UNKNOWN));
    ScreeningResult result = ScreeningRule.screen(catalogue, Profile.ADULT_SEXUAL, allUnknown);
    assertEquals(NOT_ENOUGH_INFORMATION, result.signal());
    assertEquals(catalogue.indicatorsFor(Profile.ADULT_SEXUAL).size(), result.unknown());
    assertEquals(NOT_ENOUGH_INFORMATION, signal(Profile.ADULT_SEXUAL, Map.of()));
  }

  @Test
  void everythingNotObservedStillNeverSaysNotTrafficked() {
    Map<String, Answer> allNo = new HashMap<>();
    catalogue.indicators().forEach(i -> allNo.put(i.key(), NOT_OBSERVED));
    ScreeningResult result = ScreeningRule.screen(catalogue, Profile.ADULT_LABOUR, allNo);
    assertEquals(NOT_ENOUGH_INFORMATION, result.signal());
    assertEquals(0, result.unknown());
  }

  @Test
  void theSexualListWeighsSignsByWhatTheyMeanWhenSomeoneSellsSex() {
    assertEquals(
        SOME_INDICATORS_REFER_FOR_ASSESSMENT,
        signal(Profile.ADULT_SEXUAL, observed("low-or-no-pay")),
        "someone who sells sex and has no money of their own: someone else takes it");
    assertEquals(
        NOT_ENOUGH_INFORMATION,
        signal(Profile.ADULT_LABOUR, observed("low-or-no-pay")),
        "low pay alone is common in low-wage work");
    Map<String, Answer> common =
        observed("vulnerability-economic", "unfamiliar-place-language", "no-social-protection");
    assertEquals(
        INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING,
        signal(Profile.ADULT_LABOUR, common),
        "in work, need used, a strange place and no contract are clear signs");
    assertEquals(
        NOT_ENOUGH_INFORMATION,
        signal(Profile.ADULT_SEXUAL, common),
        "common among people who sell sex without anyone in control: ask more, refer if in doubt");
  }

  @Test
  void singleStrongIndicatorMeansReferForAssessment() {
    assertEquals(
        SOME_INDICATORS_REFER_FOR_ASSESSMENT,
        signal(Profile.ADULT_LABOUR, observed("documents-confiscated")));
  }

  @Test
  void twoMediumIndicatorsInOneDimensionAreNotYetPositiveForAnAdult() {
    assertEquals(
        NOT_ENOUGH_INFORMATION,
        signal(Profile.ADULT_LABOUR, observed("low-or-no-pay", "wage-manipulation")));
    assertEquals(
        SOME_INDICATORS_REFER_FOR_ASSESSMENT,
        signal(
            Profile.ADULT_LABOUR,
            observed("low-or-no-pay", "wage-manipulation", "bad-living-conditions")),
        "three medium make the dimension positive");
  }

  @Test
  void anyObservedIndicatorForAChildMeansReferForAssessment() {
    assertEquals(
        SOME_INDICATORS_REFER_FOR_ASSESSMENT,
        signal(Profile.CHILD_LABOUR, observed("low-or-no-pay")));
  }

  @Test
  void childNeedsNoMeansOnlyExploitationAndAnAct() {
    Map<String, Answer> answers =
        observed("excessive-hours", "no-schooling", "deceived-nature-of-job");
    assertEquals(INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING, signal(Profile.CHILD_LABOUR, answers));
    assertEquals(
        SOME_INDICATORS_REFER_FOR_ASSESSMENT,
        signal(Profile.ADULT_LABOUR, answers),
        "an adult needs coercion or abuse of vulnerability at destination too");
  }

  @Test
  void combinationRuleForOneDimension() {
    Indicator any = catalogue.indicators().get(0);
    assertEquals("deceived-nature-of-job", any.key());
    // (a) 2 strong
    assertEquals(
        SOME_INDICATORS_REFER_FOR_ASSESSMENT,
        signal(Profile.ADULT_LABOUR, observed("documents-confiscated", "violence")));
    // (d) 2 medium + 1 weak (weak exists only in adult lists)
    assertEquals(
        List.of("recruitment-abuse-of-vulnerability"),
        ScreeningRule.screen(
                catalogue,
                Profile.ADULT_LABOUR,
                observed(
                    "vulnerability-economic", "vulnerability-family", "vulnerability-cultural"))
            .positiveDimensions());
    // 1 medium + 1 weak is not enough
    assertEquals(
        List.of(),
        ScreeningRule.screen(
                catalogue,
                Profile.ADULT_LABOUR,
                observed("vulnerability-economic", "vulnerability-cultural"))
            .positiveDimensions());
  }
}
