package dk.tegn.courses.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.core.demo.DemoDataSeeded;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.packaging.boundary.StarterDemo;
import dk.tegn.courses.packaging.control.StarterCurriculum;
import dk.tegn.courses.testing.CoursesTestKit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tests that commit the starter banks; their category and quiz keys are unique per
 * organisation, so each organisation imports its own copy.
 */
class StarterDemoTest {

  @Test
  void twoOrganisationsEachImportTheStarterCoursesWithTheirOwnQuizzes() {
    CoursesTestKit.Org first = new CoursesTestKit().organisation(1);
    CoursesTestKit.Org second = new CoursesTestKit().organisation(1);

    Map<String, Long> firstCourses =
        PackagingKit.as(
            first.trainer(),
            b -> b.get(StarterCurriculum.class).ensureImported(first.id(), first.trainerId()));
    Map<String, Long> secondCourses =
        PackagingKit.as(
            second.trainer(),
            b -> b.get(StarterCurriculum.class).ensureImported(second.id(), second.trainerId()));

    assertEquals(StarterCurriculum.KEYS, List.copyOf(secondCourses.keySet()));
    assertEquals(List.of(first.id()), quizOrganisations(first, firstCourses.get("police")));
    assertEquals(List.of(second.id()), quizOrganisations(second, secondCourses.get("police")));
  }

  /** The organisations owning the quizzes a course's items point to. */
  private static List<Long> quizOrganisations(CoursesTestKit.Org org, long courseId) {
    return PackagingKit.as(
        org.trainer(),
        b ->
            b.em().find(Course.class, courseId).getModules().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i.getQuizId() != null)
                .map(i -> b.em().find(Quiz.class, i.getQuizId()).getOrganisationId())
                .distinct()
                .toList());
  }

  @Test
  void demoSeedImportsPublishesAndEnrolsOnceHoweverOftenItRuns() {
    CoursesTestKit.Org org = new CoursesTestKit().organisation(2);
    DemoDataSeeded seeded =
        new DemoDataSeeded(
            Map.of("cmm", org.id()),
            Map.of(
                "trainer", org.trainerId(),
                "trainee", org.traineeIds().get(0),
                "cadet01", org.traineeIds().get(1)));

    PackagingKit.as(org.trainer(), b -> run(b.get(StarterDemo.class), seeded));
    Map<String, Long> first =
        PackagingKit.as(
            org.trainer(),
            b -> b.get(StarterCurriculum.class).ensureImported(org.id(), org.trainerId()));
    PackagingKit.as(org.trainer(), b -> run(b.get(StarterDemo.class), seeded));
    Map<String, Long> second =
        PackagingKit.as(
            org.trainer(),
            b -> b.get(StarterCurriculum.class).ensureImported(org.id(), org.trainerId()));

    assertEquals(StarterCurriculum.KEYS, List.copyOf(first.keySet()));
    assertEquals(first, second);
    for (long id : first.values()) {
      Course course = PackagingKit.as(org.trainer(), b -> b.em().find(Course.class, id));
      assertEquals(1, course.getPublishedVersion());
      assertEquals(org.id(), course.getOrganisationId());
      assertEquals(org.trainerId(), course.getCreatedBy());
      assertEquals(true, course.isSelfEnrolment(), "open in the course catalogue");
    }
    for (long trainee : org.traineeIds()) {
      Enrolment e =
          PackagingKit.as(
              org.trainer(), b -> b.get(Enrolments.class).active(trainee, first.get("police")));
      assertNotNull(e);
      assertEquals(1, e.getVersionNumber());
    }
    long enrolments =
        PackagingKit.as(
            org.trainer(),
            b ->
                b.em()
                    .createQuery(
                        "select count(e) from Enrolment e where e.courseId = :c", Long.class)
                    .setParameter("c", first.get("police"))
                    .getSingleResult());
    assertEquals(2, enrolments);
  }

  private static Void run(StarterDemo demo, DemoDataSeeded seeded) {
    demo.seed(seeded);
    return null;
  }
}
