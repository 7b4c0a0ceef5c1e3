package dk.tegn.courses.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.learning.entity.ItemProgress;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.entity.PublishedItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A grade reaches the course as one upsert of the quiz item's progress row; the course is evaluated
 * only when a pass makes the quiz done for the first time in a course not yet completed
 * (ops/BENCHMARKS.md §3, "Completion as an upsert"). The enrolment's progress figure is set to a
 * mark no evaluation would give (7 %): it stays where the grade cannot change completion.
 */
class GradeOnProgressTest {

  static final long QUIZ = 9_002;
  static final int MARK = 7;

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(1);
  final long courseId =
      kit.publishedAndEnrolled(org, QUIZ, org.traineeIds().get(0), LocalDate.parse("2026-12-31"));
  final List<PublishedItem> items =
      kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).course().items();
  final long lesson = items.get(0).key();
  final long scenario = items.get(1).key();
  final long quiz = items.get(3).key();

  @Test
  void aFailRecordsTheScoreAndOpeningOnlyAndEvaluatesNothing() {
    mark();
    kit.at(SampleCourses.NOW.plusSeconds(60));
    graded(40, false);
    ItemProgress row = row();
    assertEquals(40, row.getBestScore());
    assertEquals(SampleCourses.NOW.plusSeconds(60), row.getOpenedAt());
    assertNull(row.getDoneAt());
    assertEquals(MARK, mine().progressPercent(), "a fail cannot change completion");

    kit.at(SampleCourses.NOW.plusSeconds(120));
    graded(30, false);
    row = row();
    assertEquals(40, row.getBestScore(), "the best score stays");
    assertEquals(SampleCourses.NOW.plusSeconds(60), row.getOpenedAt(), "first opening stays");
  }

  /**
   * The rule that lived on the entity too until session 15 (ItemProgress.graded): a quiz is done
   * only when an attempt passes, and a fail after the pass neither undoes it nor lowers the score.
   */
  @Test
  void aQuizIsDoneOnlyWhenAnAttemptPassesAndAFailAfterwardsChangesNothing() {
    kit.at(SampleCourses.NOW);
    graded(40, false);
    assertNull(row().getDoneAt(), "a fail does not do the quiz");
    kit.at(SampleCourses.NOW.plusSeconds(60));
    graded(90, true);
    kit.at(SampleCourses.NOW.plusSeconds(120));
    graded(60, false);
    ItemProgress row = row();
    assertEquals(SampleCourses.NOW, row.getOpenedAt(), "opened at the first grade");
    assertEquals(SampleCourses.NOW.plusSeconds(60), row.getDoneAt(), "done at the pass, for good");
    assertEquals(90, row.getBestScore(), "the best, not the latest");
  }

  @Test
  void aFirstPassEvaluatesAndASecondPassOnlyRaisesTheScore() {
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, lesson));
    graded(50, false);
    mark();
    kit.at(SampleCourses.NOW.plusSeconds(60));
    graded(80, true);
    int evaluated = mine().progressPercent();
    assertEquals(66, evaluated, "lesson and quiz of three required items");
    assertEquals(SampleCourses.NOW.plusSeconds(60), row().getDoneAt());

    mark();
    kit.at(SampleCourses.NOW.plusSeconds(120));
    graded(70, true);
    graded(95, true);
    ItemProgress row = row();
    assertEquals(95, row.getBestScore());
    assertEquals(SampleCourses.NOW.plusSeconds(60), row.getDoneAt(), "done once, at the pass");
    assertEquals(MARK, mine().progressPercent(), "the quiz was done already: nothing evaluated");
    assertEquals(EnrolmentStatus.IN_PROGRESS, mine().status());
  }

  @Test
  void aPassInACompletedCourseRaisesTheScoreAndCompletesNothingAgain() {
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, lesson));
    kit.as(org.trainee(0), b -> b.get(Learning.class).reveal(courseId, scenario));
    graded(60, true);
    assertEquals(EnrolmentStatus.COMPLETED, mine().status());
    assertEquals(100, mine().progressPercent());
    graded(90, true);
    assertEquals(90, row().getBestScore());
    assertEquals(
        1, kit.fired.stream().filter(CourseCompleted.class::isInstance).count(), "completed once");
    assertNotNull(
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).certificateCode());
  }

  @Test
  void thePassThatDoesTheLastItemCompletesTheCourse() {
    graded(90, true);
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, lesson));
    assertEquals(EnrolmentStatus.IN_PROGRESS, mine().status());
    kit.as(org.trainee(0), b -> b.get(Learning.class).reveal(courseId, scenario));
    assertEquals(EnrolmentStatus.COMPLETED, mine().status(), "the quiz's pass counted");
    assertEquals(1, kit.fired.stream().filter(CourseCompleted.class::isInstance).count());
  }

  /**
   * A grade outside any course counts in every course holding the quiz (the exam's load data has
   * ten): all their rows in the one upsert, each with its own rule, and the pass evaluates each.
   */
  @Test
  void aGradeOutsideAnyCourseReachesEveryCourseHoldingTheQuizInOneUpsert() {
    long second =
        kit.publishedAndEnrolled(org, QUIZ, org.traineeIds().get(0), LocalDate.parse("2026-12-31"));
    long secondQuiz =
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(second))
            .course()
            .items()
            .get(3)
            .key();
    graded(35, false);
    graded(80, true);
    graded(60, true);
    for (long[] course : new long[][] {{courseId, quiz}, {second, secondQuiz}}) {
      long enrolmentId =
          kit.as(org.trainee(0), b -> b.get(Learning.class).player(course[0])).enrolmentId();
      ItemProgress row = row(enrolmentId, course[1]);
      assertEquals(80, row.getBestScore(), "course " + course[0] + ": the best score");
      assertNotNull(row.getDoneAt(), "course " + course[0] + ": done from the first pass");
    }
  }

  /** Sets the enrolment's progress figure to {@link #MARK}, which no evaluation gives here. */
  private void mark() {
    long enrolmentId = mine().enrolmentId();
    kit.as(
        org.coordinator(),
        b ->
            b.em()
                .createNativeQuery("UPDATE crs_enrolment SET progress_percent = ? WHERE id = ?")
                .setParameter(1, MARK)
                .setParameter(2, enrolmentId)
                .executeUpdate());
    assertEquals(MARK, mine().progressPercent());
  }

  private ItemProgress row() {
    return row(mine().enrolmentId(), quiz);
  }

  private ItemProgress row(long enrolmentId, long itemKey) {
    return kit.as(
        org.trainee(0),
        b ->
            b.em()
                .createNamedQuery("ItemProgress.findByEnrolmentAndItem", ItemProgress.class)
                .setParameter("enrolmentId", enrolmentId)
                .setParameter("itemKey", itemKey)
                .getSingleResult());
  }

  private void graded(int score, boolean passed) {
    kit.graded(org, 0, QUIZ, score, passed);
  }

  private MyCourse mine() {
    return kit.firstCourse(org, 0);
  }
}
