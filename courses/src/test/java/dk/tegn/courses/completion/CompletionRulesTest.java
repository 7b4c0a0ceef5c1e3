package dk.tegn.courses.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.completion.entity.CourseProgress;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.courses.version.entity.PublishedModule;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionRulesTest {

  final PublishedCourse course = PublishedCourse.of(SampleCourses.twoModules(1, 7));
  final PublishedModule basics = course.modules().get(0);
  final PublishedModule check = course.modules().get(1);
  final long lesson = basics.items().get(0).key();
  final long scenario = basics.items().get(1).key();
  final long optional = basics.items().get(2).key();
  final long quiz = check.items().get(0).key();

  @Test
  void aModuleIsCompleteWhenItsRequiredItemsAreDoneWhateverTheOptionalOnes() {
    assertFalse(new CourseProgress(course, Set.of(lesson, optional)).isComplete(basics));
    assertTrue(new CourseProgress(course, Set.of(lesson, scenario)).isComplete(basics));
  }

  @Test
  void aLockedModuleOpensOnlyOnceThePreviousModuleIsComplete() {
    CourseProgress halfway = new CourseProgress(course, Set.of(lesson));
    assertTrue(halfway.isOpen(basics));
    assertFalse(halfway.isOpen(check));
    assertFalse(halfway.isOpen(check.items().get(0)));
    assertTrue(new CourseProgress(course, Set.of(lesson, scenario)).isOpen(check));
  }

  @Test
  void theCourseIsCompleteWhenEveryModuleIsComplete() {
    assertFalse(new CourseProgress(course, Set.of(lesson, scenario)).isCourseComplete());
    assertTrue(new CourseProgress(course, Set.of(lesson, scenario, quiz)).isCourseComplete());
  }

  @Test
  void progressCountsRequiredItemsOnly() {
    assertEquals(0, new CourseProgress(course, Set.of(optional)).percent());
    assertEquals(33, new CourseProgress(course, Set.of(lesson)).percent());
    assertEquals(66, new CourseProgress(course, Set.of(lesson, scenario, optional)).percent());
    assertEquals(100, new CourseProgress(course, Set.of(lesson, scenario, quiz)).percent());
  }

  @Test
  void theNextItemToDoSkipsDoneAndLockedItems() {
    assertEquals(lesson, next(Set.of()));
    assertEquals(scenario, next(Set.of(lesson)));
    assertEquals(optional, next(Set.of(lesson, scenario)));
    assertEquals(quiz, next(Set.of(lesson, scenario, optional)));
  }

  private long next(Set<Long> done) {
    return new CourseProgress(course, done).nextToDo().map(PublishedItem::key).orElseThrow();
  }
}
