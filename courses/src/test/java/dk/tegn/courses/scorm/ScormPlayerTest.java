package dk.tegn.courses.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.courses.scorm.control.ScormPackages;
import dk.tegn.courses.scorm.control.ScormPlayer;
import dk.tegn.courses.scorm.control.ScormPlayer.Launch;
import dk.tegn.courses.scorm.entity.ScoRuntime;
import dk.tegn.courses.scorm.entity.ScoRuntime.Cmi;
import dk.tegn.courses.scorm.entity.ScormPackageRefused;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.version.control.Publishing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SCORM service path against the real test MariaDB: upload, launch, commit, completion. */
class ScormPlayerTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(2);
  long courseId;
  long itemKey;

  /** A course whose one required item is a SCORM package, published, trainee 0 enrolled. */
  void course(byte[] zip) {
    courseId =
        kit.as(
            org.trainer(),
            b -> b.get(CourseAuthoring.class).createCourse(org.id(), "da", "SCORM").getId());
    itemKey =
        kit.as(
            org.trainer(),
            b -> {
              CourseAuthoring authoring = b.get(CourseAuthoring.class);
              long module = authoring.addModule(courseId, "da", "Modul").getKey();
              return authoring.addScorm(courseId, module, "da", "Pakken").getKey();
            });
    kit.as(
        org.trainer(), b -> b.get(ScormPackages.class).upload(courseId, itemKey, "pakke.zip", zip));
    kit.as(org.trainer(), b -> b.get(Publishing.class).publish(courseId, null, false));
    kit.as(
        org.coordinator(),
        b -> b.get(Enrolments.class).enrol(org.traineeIds().get(0), courseId, null));
  }

  Launch launch(String sco) {
    return kit.as(org.trainee(0), b -> b.get(ScormPlayer.class).launch(courseId, itemKey, sco));
  }

  String commit(Launch l, Cmi cmi) {
    return kit.as(org.trainee(0), b -> b.get(ScormPlayer.class).commit(l.launchCode(), cmi));
  }

  static Cmi cmi(String status, String raw, String location, String suspend, String session) {
    return new Cmi(status, raw, "0", "100", location, suspend, session, null);
  }

  MyCourse mine() {
    return kit.as(org.trainee(0), b -> b.get(Enrolments.class).mine(0, 10)).stream()
        .filter(c -> c.courseId() == courseId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTraineeResumesWhereTheyLeftOffAndTheMasteryScoreDecidesPassing() {
    course(ScormZips.singleSco(80.0, 85));
    Launch first = launch(null);
    assertEquals("ab-initio", first.cmi().get("cmi.core.entry"));
    assertEquals("", first.cmi().get("cmi.core.lesson_location"));
    assertEquals("80", first.cmi().get("cmi.student_data.mastery_score"));
    assertEquals("start=1", first.cmi().get("cmi.launch_data"));
    assertEquals(
        "incomplete", commit(first, cmi("incomplete", "", "side-2", "sider=2", "00:01:30")));
    commit(first, cmi("incomplete", "", "side-3", "sider=3", "00:02:00"));

    // another device: a new launch starts where the last commit left off
    Launch second = launch(null);
    assertEquals("resume", second.cmi().get("cmi.core.entry"));
    assertEquals("side-3", second.cmi().get("cmi.core.lesson_location"));
    assertEquals("sider=3", second.cmi().get("cmi.suspend_data"));
    assertEquals("0000:02:00", second.cmi().get("cmi.core.total_time"));
    assertEquals(EnrolmentStatus.IN_PROGRESS, mine().status());

    assertEquals("failed", commit(second, cmi("completed", "60", "side-4", "", "00:00:30")));
    assertEquals(EnrolmentStatus.IN_PROGRESS, mine().status(), "60 is under the mastery score");

    assertEquals("passed", commit(second, cmi("completed", "85", "side-4", "", "00:01:00")));
    MyCourse done = mine();
    assertEquals(EnrolmentStatus.COMPLETED, done.status());
    assertEquals(100, done.progressPercent());
    assertEquals(
        "0000:03:00", launch(null).cmi().get("cmi.core.total_time"), "2:00 + the last session");
  }

  @Test
  void withoutMasteryScoreCompletedIsDone() {
    course(ScormZips.singleSco(null, 40));
    Launch l = launch(null);
    assertEquals("completed", commit(l, cmi("completed", "40", "", "", "")));
    assertEquals(EnrolmentStatus.COMPLETED, mine().status());
  }

  @Test
  void aMultiScoPackageIsDoneOnlyWhenEveryScoIs() {
    course(ScormZips.multiSco());
    Launch part1 = launch(null);
    assertEquals("part1", part1.scoIdentifier());
    assertEquals(
        List.of("part1", "part2", "sheet"),
        part1.toc().stream().map(ScormPlayer.TocEntry::identifier).toList());
    commit(part1, cmi("completed", "", "", "", ""));
    assertEquals("part2", launch(null).scoIdentifier(), "the next SCO not yet done");
    Launch sheet = launch("sheet");
    assertFalse(sheet.sco());
    assertEquals(EnrolmentStatus.IN_PROGRESS, mine().status());
    Launch part2 = launch("part2");
    assertEquals("passed", commit(part2, cmi("completed", "70", "", "", "")));
    assertEquals(EnrolmentStatus.COMPLETED, mine().status());
    assertEquals(
        List.of("completed", "passed", "completed"),
        launch(null).toc().stream().map(ScormPlayer.TocEntry::status).toList());
  }

  @Test
  void anotherTraineeCannotCommitToALaunchThatIsNotTheirs() {
    course(ScormZips.singleSco(null, 40));
    Launch mine = launch(null);
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                org.trainee(1),
                b ->
                    b.get(ScormPlayer.class)
                        .commit(mine.launchCode(), cmi("passed", "", "", "", ""))));
    assertEquals("not attempted", launch(null).toc().get(0).status());
  }

  @Test
  void valuesOutsideTheScorm12DataModelAreRefusedAndNothingIsStored() {
    course(ScormZips.singleSco(null, 40));
    Launch l = launch(null);
    for (Cmi bad :
        List.of(
            cmi("finished", "", "", "", ""),
            cmi("completed", "101", "", "", ""),
            cmi("completed", "abc", "", "", ""),
            cmi("incomplete", "", "x".repeat(256), "", ""),
            cmi("incomplete", "", "", "", "1 minute"))) {
      assertThrows(IllegalArgumentException.class, () -> commit(l, bad));
    }
    assertEquals(EnrolmentStatus.IN_PROGRESS, mine().status());
    assertEquals("not attempted", launch(null).toc().get(0).status());
    assertEquals("", launch(null).cmi().get("cmi.core.lesson_location"));
  }

  @Test
  void anExpiredLaunchServesNothing() {
    course(ScormZips.singleSco(null, 40));
    Launch l = launch(null);
    assertTrue(
        kit.as(org.trainee(0), b -> b.get(ScormPlayer.class).byLaunch(l.launchCode())).isPresent());
    kit.at(Instant.parse("2026-11-23T10:00:00Z").plus(Duration.ofHours(13)));
    assertTrue(
        kit.as(org.trainee(0), b -> b.get(ScormPlayer.class).byLaunch(l.launchCode())).isEmpty());
  }

  @Test
  void aRefusedUploadStoresNothingAndTheItemKeepsItsPackage() {
    course(ScormZips.singleSco(null, 40));
    long before = packages();
    Long kept =
        kit.as(
            org.trainer(),
            b -> b.get(CourseAuthoring.class).draft(courseId).item(itemKey).getScormPackageId());
    byte[] bad = ScormZips.zip(Map.of("index.html", ScormZips.utf8("<html></html>")));
    assertThrows(
        ScormPackageRefused.class,
        () ->
            kit.as(
                org.trainer(),
                b -> b.get(ScormPackages.class).upload(courseId, itemKey, "bad.zip", bad)));
    assertEquals(before, packages());
    assertEquals(
        kept,
        kit.as(
            org.trainer(),
            b -> b.get(CourseAuthoring.class).draft(courseId).item(itemKey).getScormPackageId()));
  }

  @Test
  void onlyATrainerOfTheCoursesOrganisationUploads() {
    course(ScormZips.singleSco(null, 40));
    assertThrows(
        AccessDeniedException.class,
        () ->
            kit.as(
                org.trainee(0),
                b ->
                    b.get(ScormPackages.class)
                        .upload(courseId, itemKey, "p.zip", ScormZips.singleSco(null, 1))));
  }

  @Test
  void theTotalTimeFormatIsScorm12s() {
    assertEquals("0001:01:01", ScoRuntime.timespan(3661));
    assertEquals(3661, ScoRuntime.seconds("01:01:01.50"));
  }

  long packages() {
    return kit.as(
        org.trainer(),
        b ->
            (Long)
                b.em()
                    .createQuery(
                        "select count(p) from ScormPackage p where p.courseId = :c", Long.class)
                    .setParameter("c", courseId)
                    .getSingleResult());
  }
}
