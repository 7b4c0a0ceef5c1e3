package dk.tegn.courses.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.entity.Change;
import dk.tegn.courses.version.entity.Change.Kind;
import dk.tegn.courses.version.entity.Change.Level;
import dk.tegn.courses.version.entity.CourseVersion;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.VersionDiff;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishedVersionTest {

  @Test
  void aVersionKeepsItsSnapshotWhenTheDraftChangesLater() {
    Course course = SampleCourses.twoModules(1, 7);
    course.configure(Set.of(Audience.POLICE), List.of("da", "en"), 45, true, 24);
    PublishedCourse published = PublishedCourse.of(course);
    CourseVersion v1 =
        new CourseVersion(5, 1, published, List.of(), "første", false, 1, SampleCourses.NOW);

    course.getModules().get(0).getItems().get(0).translate(TextField.BODY, "da", "Ændret");
    course.addModule("da", "Ekstra");

    PublishedCourse read = v1.course();
    assertEquals(published, read, "the snapshot reads back exactly as published");
    assertEquals(2, read.modules().size());
    assertTrue(
        read.modules()
            .get(0)
            .items()
            .get(0)
            .text(TextField.BODY)
            .resolve("da", "da")
            .startsWith("# Indikatorer"));
    assertEquals(7L, read.modules().get(1).items().get(0).quizId());
    assertEquals(24, read.certificateValidityMonths());
    assertTrue(read.modules().get(1).lockedUntilPreviousComplete());
  }

  @Test
  void theFirstVersionListsEveryModuleAsAdded() {
    PublishedCourse course = PublishedCourse.of(SampleCourses.twoModules(1, 7));
    List<Change> changes = VersionDiff.between(null, course);
    assertEquals(2, changes.size());
    assertTrue(changes.stream().allMatch(c -> c.level() == Level.MODULE && c.kind() == Kind.ADDED));
  }

  @Test
  void theHistoryNamesEditedAddedRemovedAndMovedEntries() {
    Course course = SampleCourses.twoModules(1, 7);
    PublishedCourse before = PublishedCourse.of(course);
    CourseModule basics = course.getModules().get(0);
    CourseItem lesson = basics.getItems().get(0);
    CourseItem scenario = basics.getItems().get(1);
    CourseItem optional = basics.getItems().get(2);
    lesson.translate(TextField.BODY, "da", "Ny tekst");
    basics.removeItem(optional.getKey());
    CourseItem added = basics.addLesson("da", "Ny lektion", "Indhold");
    basics.reorderItems(List.of(scenario.getKey(), added.getKey(), lesson.getKey()));

    List<Change> changes = VersionDiff.between(before, PublishedCourse.of(course));

    assertTrue(changes.contains(change(Level.ITEM, Kind.CHANGED, lesson)));
    assertTrue(changes.contains(change(Level.ITEM, Kind.ADDED, added)));
    assertTrue(changes.contains(change(Level.ITEM, Kind.REMOVED, optional)));
    assertTrue(changes.contains(change(Level.ITEM, Kind.MOVED, scenario)));
    assertEquals(4, changes.size(), changes.toString());
  }

  @Test
  void anUnchangedDraftHasNoChanges() {
    Course course = SampleCourses.twoModules(1, 7);
    assertEquals(
        List.of(), VersionDiff.between(PublishedCourse.of(course), PublishedCourse.of(course)));
    course.configure(Set.of(Audience.NGO_OUTREACH), List.of("da"), 30, false, null);
    assertEquals(
        Level.COURSE,
        VersionDiff.between(
                PublishedCourse.of(SampleCourses.twoModules(1, 7)), PublishedCourse.of(course))
            .get(0)
            .level());
  }

  private static Change change(Level level, Kind kind, CourseItem item) {
    return new Change(level, kind, item.getKey(), item.getTitle());
  }
}
