package dk.tegn.courses.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import dk.tegn.courses.version.entity.Change;
import dk.tegn.courses.version.entity.CourseVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishingTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(3);

  long draft() {
    return kit.as(
        org.trainer(),
        b -> {
          Course c = SampleCourses.twoModules(org.id(), org.trainerId(), 501);
          b.em().persist(c);
          b.em().flush();
          return c.getId();
        });
  }

  @Test
  void startedTraineesStayOnTheirVersionAndOthersFollowTheNewOne() {
    long courseId = draft();
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, "første", false));
    kit.as(org.coordinator(), b -> enrolAll(b, courseId));
    long lesson = firstItem(courseId);
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, lesson));

    kit.as(
        org.trainer(),
        b -> {
          b.get(CourseAuthoring.class)
              .translate(courseId, lesson, TextField.BODY, "da", "Ny tekst");
          return b.get(Publishing.class).publish(courseId, null, false);
        });

    assertEquals(1, enrolment(0, courseId).getVersionNumber(), "started: stays on version 1");
    assertEquals(2, enrolment(1, courseId).getVersionNumber(), "not started: follows version 2");
    assertEquals(
        1,
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).versionNumber(),
        "the player shows the trainee's own version");
  }

  @Test
  void everyoneRestartsMovesStartedTraineesToTheNewVersionWithProgressCleared() {
    long courseId = draft();
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));
    kit.as(org.coordinator(), b -> enrolAll(b, courseId));
    long lesson = firstItem(courseId);
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, lesson));
    assertEquals(33, enrolment(0, courseId).getProgressPercent());

    kit.as(
        org.trainer(),
        b -> {
          b.get(CourseAuthoring.class).addModule(courseId, "da", "Nyt modul");
          return b.get(Publishing.class).publish(courseId, "alle starter forfra", true);
        });

    Enrolment moved = enrolment(0, courseId);
    assertEquals(2, moved.getVersionNumber());
    assertEquals(0, moved.getProgressPercent());
    assertTrue(
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).progress().percent()
            == 0);
  }

  @Test
  void aVersionNamesWhatChangedAndTheHistoryListsNewestFirst() {
    long courseId = draft();
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));
    long lesson = firstItem(courseId);
    kit.as(
        org.trainer(),
        b -> {
          b.get(CourseAuthoring.class).translate(courseId, lesson, TextField.BODY, "da", "Ændret");
          return b.get(Publishing.class).publish(courseId, "rettet lektion", false);
        });
    List<CourseVersion> history =
        kit.as(org.trainer(), b -> b.get(Publishing.class).history(courseId, 0, 10));
    assertEquals(List.of(2, 1), history.stream().map(CourseVersion::getNumber).toList());
    assertEquals("rettet lektion", history.get(0).getNote());
    assertEquals(
        List.of(
            new Change(
                Change.Level.ITEM,
                Change.Kind.CHANGED,
                lesson,
                history.get(0).course().item(lesson).orElseThrow().title())),
        history.get(0).changes());
  }

  @Test
  void publishingTwiceWithoutChangesOrWithoutRequiredItemsIsRefused() {
    long courseId = draft();
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));
    assertThrows(
        RuleViolationException.class,
        () -> kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false)));
    long empty =
        kit.as(
            org.trainer(),
            b -> b.get(CourseAuthoring.class).createCourse(org.id(), "da", "Tomt").getId());
    assertThrows(
        RuleViolationException.class,
        () -> kit.as(org.trainer(), b -> b.get(Publishing.class).publish(empty, null, false)));
  }

  @Test
  void aTrainerOfAnotherOrganisationCanNeitherEditNorPublish() {
    long courseId = draft();
    Org other = kit.organisation(0);
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(other.trainer(), b -> b.get(CourseAuthoring.class).draft(courseId)));
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(other.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false)));
    assertThrows(
        AccessDeniedException.class,
        () -> kit.as(org.trainee(0), b -> b.get(Publishing.class).publish(courseId, null, false)));
  }

  private Object enrolAll(dk.tegn.courses.testing.Beans b, long courseId) {
    for (long trainee : org.traineeIds()) {
      b.get(Enrolments.class).enrol(trainee, courseId, null);
    }
    return null;
  }

  private long firstItem(long courseId) {
    return kit.as(
        org.trainer(),
        b ->
            b.get(CourseAuthoring.class)
                .draft(courseId)
                .getModules()
                .get(0)
                .getItems()
                .get(0)
                .getKey());
  }

  private Enrolment enrolment(int trainee, long courseId) {
    return kit.as(
        org.trainee(trainee),
        b -> b.get(Enrolments.class).active(org.traineeIds().get(trainee), courseId));
  }
}
