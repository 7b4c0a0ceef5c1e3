package dk.tegn.assessments.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.quiz.entity.GradingMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingMethodTest {

  static final List<Integer> SCORES = List.of(40, 90, 75);

  @Test
  void eachMethodPicksItsAttempt() {
    assertEquals(90, GradingMethod.HIGHEST.grade(SCORES).getAsInt());
    assertEquals(75, GradingMethod.LAST.grade(SCORES).getAsInt());
    assertEquals(40, GradingMethod.FIRST.grade(SCORES).getAsInt());
    assertEquals(68, GradingMethod.AVERAGE.grade(SCORES).getAsInt(), "205/3 rounded down");
  }

  @Test
  void noGradedAttemptGivesNoGrade() {
    for (GradingMethod m : GradingMethod.values()) {
      assertTrue(m.grade(List.of()).isEmpty());
    }
  }
}
