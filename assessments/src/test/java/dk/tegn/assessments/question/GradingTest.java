package dk.tegn.assessments.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tegn.assessments.question.entity.Choice;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.PartialCredit;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.assessments.question.entity.Scenario;
import dk.tegn.assessments.question.entity.SingleChoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradingTest {

  static Response keys(String... keys) {
    return new Response.Keys(List.of(keys));
  }

  @Test
  void everyTypeGivesFullMarksForItsRightAnswerAndZeroForNothing() {
    for (Content content : Questions.everyType()) {
      assertEquals(1.0, content.grade(content.rightAnswer()), 1e-9, content.type().name());
      assertEquals(0.0, content.grade(new Response.Keys(List.of())), 1e-9, content.type().name());
    }
  }

  @Test
  void singleChoiceScoresOnlyTheCorrectChoice() {
    assertEquals(1.0, Questions.single().grade(keys("a")));
    assertEquals(0.0, Questions.single().grade(keys("b")));
    assertEquals(0.0, Questions.single().grade(new Response.Numeric(BigDecimal.ONE)));
  }

  @Test
  void multipleResponseProportionalCreditSubtractsWrongTicks() {
    var q = Questions.multiple(PartialCredit.PROPORTIONAL);
    assertEquals(0.5, q.grade(keys("a")), 1e-9);
    assertEquals(0.0, q.grade(keys("a", "b", "c", "d")), 1e-9, "ticking everything earns nothing");
    assertEquals(0.5, q.grade(keys("a", "b", "c")), 1e-9);
    assertEquals(0.0, q.grade(keys("c")), 1e-9, "never below zero");
  }

  @Test
  void multipleResponseWithoutPartialCreditNeedsExactlyTheRightSet() {
    var q = Questions.multiple(PartialCredit.NONE);
    assertEquals(1.0, q.grade(keys("b", "a")));
    assertEquals(0.0, q.grade(keys("a")));
    assertEquals(0.0, q.grade(keys("a", "b", "c")));
  }

  @Test
  void trueFalseGradesTheStatementAndGivesFeedbackForThePick() {
    var q = Questions.trueFalse();
    assertEquals(1.0, q.grade(keys("false")));
    assertEquals(0.0, q.grade(keys("true")));
    assertEquals("Rigtigt", q.feedbackFor(keys("false")).get(0).resolve("da", "da"));
  }

  @Test
  void matchingGivesAnEqualShareForEachRightMatch() {
    var q = Questions.matching();
    var answer = new Response.Matches(Map.of("p1", "p1", "p2", "p2", "p3", "p4", "p4", "p3"));
    assertEquals(0.5, q.grade(answer), 1e-9);
  }

  @Test
  void orderingGivesAShareForEachItemInItsPlace() {
    var q = Questions.ordering();
    assertEquals(0.6, q.grade(keys("safety", "record", "refer", "follow", "close")), 1e-9);
  }

  @Test
  void numericAcceptsAnswersWithinToleranceInclusive() {
    var q = Questions.numeric();
    assertEquals(1.0, q.grade(new Response.Numeric(new BigDecimal("30.5"))));
    assertEquals(1.0, q.grade(new Response.Numeric(new BigDecimal("29.5"))));
    assertEquals(0.0, q.grade(new Response.Numeric(new BigDecimal("30.51"))));
  }

  @Test
  void scenarioWeighsItsSubQuestionsEqually() {
    var q = Questions.scenario();
    assertEquals(0.5, q.grade(new Response.Parts(Map.of("s1", keys("a")))), 1e-9);
    assertEquals(
        1.0, q.grade(new Response.Parts(Map.of("s1", keys("a"), "s2", keys("false")))), 1e-9);
  }

  @Test
  void perChoiceFeedbackIsThatOfThePickedChoices() {
    var feedback = Questions.single().feedbackFor(keys("b"));
    assertEquals(List.of("Nej"), feedback.stream().map(f -> f.resolve("da", "da")).toList());
    assertEquals(
        List.of(), Questions.single().feedbackFor(keys("c")), "blank feedback is left out");
  }

  @Test
  void responsesNamingUnknownKeysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Questions.single().check(keys("z")));
    assertThrows(IllegalArgumentException.class, () -> Questions.single().check(keys("a", "b")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Questions.matching().check(new Response.Matches(Map.of("p1", "nope"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Questions.scenario().check(new Response.Parts(Map.of("s9", keys("a")))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Questions.scenario().check(new Response.Parts(Map.of("s1", keys("zz")))));
  }

  @Test
  void invalidQuestionsCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SingleChoice(
                List.of(
                    new Choice("a", Questions.text("x"), false, null),
                    new Choice("b", Questions.text("y"), false, null))),
        "no correct choice");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SingleChoice(
                List.of(
                    new Choice("a", Questions.text("x"), true, null),
                    new Choice("a", Questions.text("y"), false, null))),
        "duplicate key");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Scenario(
                List.of(
                    new dk.tegn.assessments.question.entity.Part(
                        "inner", null, null, Questions.scenario()))),
        "nested scenario");
  }
}
