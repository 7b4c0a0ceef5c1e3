package dk.tegn.courses.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.demo.DemoDataSeeded;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.control.CourseDemoSetup;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.learning.control.PlayerState;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.version.entity.PublishedItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseDemoSetupTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(2);

  @Test
  void theDemoCourseIsPublishedOnceInDanishAndEnglishAndEnrolsTrainees() {
    long first =
        kit.as(
            org.trainer(),
            b ->
                b.get(CourseDemoSetup.class)
                    .ensureDemoCourse(org.id(), org.trainerId(), List.of(org.traineeIds().get(0))));
    long again =
        kit.as(
            org.trainer(),
            b ->
                b.get(CourseDemoSetup.class)
                    .ensureDemoCourse(org.id(), org.trainerId(), org.traineeIds()));
    assertEquals(first, again);
    assertEquals(
        List.of(), kit.as(org.trainer(), b -> b.get(CourseAuthoring.class).untranslated(first)));

    MyCourse mine = kit.as(org.trainee(1), b -> b.get(Enrolments.class).mine(0, 10)).get(0);
    assertEquals(1, mine.versionNumber());
    assertEquals("Signs of human trafficking", mine.title().resolve("en", "da"));

    for (PublishedItem item :
        kit.as(org.trainee(1), b -> b.get(Learning.class).player(first)).course().items()) {
      kit.as(org.trainee(1), b -> b.get(Learning.class).open(first, item.key()));
      kit.as(org.trainee(1), b -> reveal(b.get(Learning.class), first, item));
    }
    PlayerState done = kit.as(org.trainee(1), b -> b.get(Learning.class).player(first));
    assertEquals(EnrolmentStatus.COMPLETED, done.status());
    assertTrue(done.certificateCode() != null);
  }

  @Test
  void theDemoSeedEnrolsOnlyTheDemoTraineeInTheSmallCourse() {
    DemoDataSeeded seeded =
        new DemoDataSeeded(
            Map.of("cmm", org.id()),
            Map.of(
                "trainer", org.trainerId(),
                "trainee", org.traineeIds().get(0),
                "cadet01", org.traineeIds().get(1)));
    kit.as(org.trainer(), b -> seed(b.get(CourseDemoSetup.class), seeded));

    assertEquals(1, kit.as(org.trainee(0), b -> b.get(Enrolments.class).mine(0, 10)).size());
    assertEquals(List.of(), kit.as(org.trainee(1), b -> b.get(Enrolments.class).mine(0, 10)));
  }

  private static Void seed(CourseDemoSetup setup, DemoDataSeeded seeded) {
    setup.seed(seeded);
    return null;
  }

  private static PlayerState reveal(Learning learning, long course, PublishedItem item) {
    return item.kind() == dk.tegn.courses.course.entity.ItemKind.SCENARIO
        ? learning.reveal(course, item.key())
        : learning.player(course);
  }
}
