package dk.tegn.assessments.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.question.Questions;
import dk.tegn.assessments.quiz.control.RandomDraw;
import dk.tegn.assessments.quiz.control.RandomDraw.Fixed;
import dk.tegn.assessments.quiz.control.RandomDraw.FromCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomDrawTest {

  static final Map<Long, List<Long>> POOLS =
      Map.of(
          1L, LongStream.rangeClosed(100, 129).boxed().toList(),
          2L, List.of(200L, 201L, 202L));

  @Test
  void drawsTheRequestedNumberWithoutRepeatingAQuestion() {
    for (long seed = 0; seed < 200; seed++) {
      List<Long> drawn =
          RandomDraw.questions(
              List.of(new Fixed(105), new FromCategory(1, 10), new FromCategory(1, 5)),
              POOLS,
              seed);
      assertEquals(16, drawn.size());
      assertEquals(16, new HashSet<>(drawn).size(), "no repeat within an attempt, seed " + seed);
      assertEquals(105L, drawn.get(0), "fixed slot keeps its place");
    }
  }

  @Test
  void theSameSeedReproducesTheDrawAndOtherSeedsDiffer() {
    var slots = List.<RandomDraw.Slot>of(new FromCategory(1, 10));
    assertEquals(RandomDraw.questions(slots, POOLS, 42), RandomDraw.questions(slots, POOLS, 42));
    assertNotEquals(RandomDraw.questions(slots, POOLS, 42), RandomDraw.questions(slots, POOLS, 43));
  }

  @Test
  void everyQuestionOfTheCategoryGetsDrawnSometimes() {
    var seen = new HashSet<Long>();
    for (long seed = 0; seed < 100; seed++) {
      seen.addAll(RandomDraw.questions(List.of(new FromCategory(1, 10)), POOLS, seed));
    }
    assertEquals(30, seen.size());
  }

  @Test
  void aCategoryWithTooFewFreshQuestionsIsRefused() {
    var e =
        assertThrows(
            RandomDraw.NotEnoughQuestions.class,
            () -> RandomDraw.questions(List.of(new Fixed(200), new FromCategory(2, 3)), POOLS, 1));
    assertEquals(2, e.available());
  }

  @Test
  void choicesAreShuffledOnlyWhenAskedButOrderingItemsAlways() {
    var single = Questions.single().orderables();
    assertEquals(
        List.of("a", "b", "c"), RandomDraw.presentation(single, false, new Random(1)).get(""));
    boolean changed = false;
    for (int seed = 0; seed < 20; seed++) {
      changed |=
          !RandomDraw.presentation(single, true, new Random(seed))
              .get("")
              .equals(List.of("a", "b", "c"));
    }
    assertTrue(changed);
    var ordering = Questions.ordering();
    for (int seed = 0; seed < 50; seed++) {
      var shown = RandomDraw.presentation(ordering.orderables(), false, new Random(seed)).get("");
      assertNotEquals(ordering.keys(), shown, "never shown in the right order");
    }
  }

  @Test
  void scenarioPartsGetTheirOwnOrder() {
    var shown = RandomDraw.presentation(Questions.scenario().orderables(), true, new Random(3));
    assertEquals(java.util.Set.of("s1"), shown.keySet(), "true/false has no order to fix");
  }
}
