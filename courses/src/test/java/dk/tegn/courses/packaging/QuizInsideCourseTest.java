package dk.tegn.courses.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tegn.assessments.quiz.control.QuizFacts;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.version.Drafts;
import org.junit.jupiter.api.Test;

/**
 * A trainer makes a quiz from a course's quiz item, as in Moodle, instead of under Tests first (in
 * the unit with the assessments entities).
 */
class QuizInsideCourseTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(1);

  @Test
  void aQuizMadeFromAnItemIsNamedAsTheItemAndTheItemPointsToIt() {
    long courseId = Drafts.draft(kit, org);
    long first = newQuizItem(courseId, "Afsluttende prøve");
    long quizId =
        PackagingKit.as(
            org.trainer(), b -> b.get(CourseAuthoring.class).newQuizFor(courseId, first));

    assertEquals(quizId, item(courseId, first).getQuizId());
    QuizFacts.QuizFact quiz =
        PackagingKit.as(org.trainer(), b -> b.get(QuizFacts.class).of(quizId));
    assertEquals("Afsluttende prøve", quiz.title().exactly("da").orElseThrow());
    assertEquals("afsluttende-proeve", quiz.code());

    long second = newQuizItem(courseId, "Afsluttende prøve");
    long other =
        PackagingKit.as(
            org.trainer(), b -> b.get(CourseAuthoring.class).newQuizFor(courseId, second));
    assertNotEquals(quizId, other);
    assertEquals(
        "afsluttende-proeve-2",
        PackagingKit.as(org.trainer(), b -> b.get(QuizFacts.class).of(other)).code(),
        "a key the organisation has is not taken again");
  }

  @Test
  void onlyTheCoursesTrainerMakesIt() {
    long courseId = Drafts.draft(kit, org);
    long item = newQuizItem(courseId, "Prøve");
    assertThrows(
        AccessDeniedException.class,
        () ->
            PackagingKit.as(
                org.trainee(0), b -> b.get(CourseAuthoring.class).newQuizFor(courseId, item)));
  }

  private long newQuizItem(long courseId, String title) {
    return kit.as(
        org.trainer(),
        b -> {
          CourseAuthoring authoring = b.get(CourseAuthoring.class);
          long module = authoring.draft(courseId).getModules().get(0).getKey();
          return authoring.addQuiz(courseId, module, "da", title, null).getKey();
        });
  }

  private CourseItem item(long courseId, long key) {
    return kit.as(org.trainer(), b -> b.get(CourseAuthoring.class).draft(courseId)).item(key);
  }
}
