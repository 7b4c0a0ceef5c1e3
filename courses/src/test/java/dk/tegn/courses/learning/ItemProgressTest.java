package dk.tegn.courses.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.learning.entity.ItemProgress;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ItemProgressTest {

  static final Instant NOW = SampleCourses.NOW;

  @Test
  void aLessonIsDoneWhenOpened() {
    PublishedItem lesson = item(0, 0, false);
    ItemProgress p = new ItemProgress(1, lesson.key());
    p.open(lesson, NOW);
    assertTrue(p.isDone());
  }

  @Test
  void aLessonTheTrainerWantsMarkedStaysUndoneUntilMarked() {
    PublishedItem lesson = item(0, 0, true);
    ItemProgress p = new ItemProgress(1, lesson.key());
    assertThrows(IllegalStateException.class, () -> p.markDone(lesson, NOW));
    p.open(lesson, NOW);
    assertFalse(p.isDone());
    p.markDone(lesson, NOW.plusSeconds(60));
    assertEquals(NOW.plusSeconds(60), p.getDoneAt());
  }

  @Test
  void aScenarioIsDoneWhenItsExplanationIsRevealed() {
    PublishedItem scenario = item(0, 1, false);
    ItemProgress p = new ItemProgress(1, scenario.key());
    p.open(scenario, NOW);
    assertFalse(p.isDone());
    p.reveal(scenario, NOW);
    assertTrue(p.isDone());
    assertEquals(NOW, p.getRevealedAt());
  }

  @Test
  void aQuizIsDoneByItsGradesNotByMarking() {
    PublishedItem quiz = item(1, 0, false);
    ItemProgress p = new ItemProgress(1, quiz.key());
    p.open(quiz, NOW);
    assertFalse(p.isDone(), "opening a quiz does not do it: a pass does (GradeOnProgressTest)");
    assertThrows(IllegalStateException.class, () -> p.markDone(quiz, NOW));
  }

  @Test
  void progressBelongsToOneItem() {
    ItemProgress p = new ItemProgress(1, 999);
    assertThrows(IllegalArgumentException.class, () -> p.open(item(0, 0, false), NOW));
  }

  private static PublishedItem item(int module, int index, boolean markDone) {
    Course course = SampleCourses.twoModules(1, 7);
    course.getModules().get(module).getItems().get(index).askToMarkDone(markDone);
    return PublishedCourse.of(course).modules().get(module).items().get(index);
  }
}
