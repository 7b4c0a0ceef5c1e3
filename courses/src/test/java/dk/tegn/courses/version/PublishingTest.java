package dk.tegn.courses.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.TestBeans;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
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
    return Drafts.draft(kit, org);
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
  void manyEnrolmentsMoveByTheirStateAndOnlyTheMovedLoseTheirProgress() {
    Org many = kit.organisation(40);
    long courseId = Drafts.draft(kit, many);
    kit.as(many.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));
    kit.as(
        many.coordinator(),
        b -> {
          many.traineeIds().forEach(t -> b.get(Enrolments.class).enrol(t, courseId, null));
          return null;
        });
    long lesson = Drafts.firstItem(kit, many, courseId);
    // 0-9 started, 10-14 completed, 15-19 closed, 20-39 not started
    for (int i = 0; i < 20; i++) {
      int trainee = i;
      kit.as(many.trainee(trainee), b -> b.get(Learning.class).open(courseId, lesson));
    }
    kit.as(
        many.coordinator(),
        b -> {
          for (int i = 10; i < 20; i++) {
            Enrolment e = active(b, many, i, courseId);
            if (i < 15) {
              e.complete(SampleCourses.NOW, null);
            } else {
              e.close(SampleCourses.NOW);
            }
            b.get(EnrolmentChanges.class).publish(e);
          }
          return null;
        });
    Enrolment staleCopy = kit.as(many.coordinator(), b -> active(b, many, 25, courseId));

    Drafts.change(kit, many, courseId, "Anden udgave");
    kit.as(many.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));

    assertEquals(
        List.of(1, 1, 1, 2),
        versionsOf(many, courseId),
        "started, completed and closed stay on 1; not started follow 2");
    assertEquals(List.of(10, 5, 5, 0), progressRowsOf(many, courseId));
    assertThrows(
        jakarta.persistence.PersistenceException.class,
        () -> kit.as(many.coordinator(), b -> b.em().merge(staleCopy)),
        "a moved enrolment has a new version: a copy read before cannot overwrite it");

    Drafts.change(kit, many, courseId, "Tredje udgave");
    kit.as(many.trainer(), b -> b.get(Publishing.class).publish(courseId, null, true));

    assertEquals(List.of(3, 1, 1, 3), versionsOf(many, courseId), "everyone still open restarts");
    assertEquals(List.of(0, 5, 5, 0), progressRowsOf(many, courseId));
    Enrolment restarted = kit.as(many.coordinator(), b -> active(b, many, 0, courseId));
    assertEquals(0, restarted.getProgressPercent());
    assertEquals(null, restarted.getStartedAt());
    assertEquals(null, restarted.getLastItemKey());
  }

  private static final int[][] GROUPS = {{0, 10}, {10, 15}, {15, 20}, {20, 40}};

  /** The versions of each group of trainees; fails when a group is not on one version. */
  private List<Integer> versionsOf(Org o, long courseId) {
    return kit.as(
        o.coordinator(),
        b ->
            java.util.Arrays.stream(GROUPS)
                .map(
                    g -> {
                      var versions =
                          java.util.stream.IntStream.range(g[0], g[1])
                              .mapToObj(i -> any(b, o, i, courseId).getVersionNumber())
                              .distinct()
                              .toList();
                      assertEquals(1, versions.size(), "one version per group: " + versions);
                      return versions.get(0);
                    })
                .toList());
  }

  /** How many progress rows each group of trainees has left. */
  private List<Integer> progressRowsOf(Org o, long courseId) {
    return kit.as(
        o.coordinator(),
        b ->
            java.util.Arrays.stream(GROUPS)
                .map(
                    g ->
                        java.util.stream.IntStream.range(g[0], g[1])
                            .map(
                                i ->
                                    b.em()
                                        .createNamedQuery(
                                            "ItemProgress.findByEnrolment",
                                            dk.tegn.courses.learning.entity.ItemProgress.class)
                                        .setParameter("enrolmentId", any(b, o, i, courseId).getId())
                                        .getResultList()
                                        .size())
                            .sum())
                .toList());
  }

  private static Enrolment active(TestBeans b, Org o, int trainee, long courseId) {
    return b.get(Enrolments.class).active(o.traineeIds().get(trainee), courseId);
  }

  /** The trainee's one enrolment in the course, open or closed. */
  private static Enrolment any(TestBeans b, Org o, int trainee, long courseId) {
    return b.em()
        .createQuery(
            "select e from Enrolment e where e.accountId = :a and e.courseId = :c", Enrolment.class)
        .setParameter("a", o.traineeIds().get(trainee))
        .setParameter("c", courseId)
        .getSingleResult();
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

  private Object enrolAll(TestBeans b, long courseId) {
    for (long trainee : org.traineeIds()) {
      b.get(Enrolments.class).enrol(trainee, courseId, null);
    }
    return null;
  }

  private long firstItem(long courseId) {
    return Drafts.firstItem(kit, org, courseId);
  }

  private Enrolment enrolment(int trainee, long courseId) {
    return kit.as(
        org.trainee(trainee),
        b -> b.get(Enrolments.class).active(org.traineeIds().get(trainee), courseId));
  }
}
