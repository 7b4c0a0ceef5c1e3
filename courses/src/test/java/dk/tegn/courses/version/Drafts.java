package dk.tegn.courses.version;

import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;

/** The publishing tests' drafts: a sample course of an organisation, and a change to publish. */
public final class Drafts {

  private Drafts() {}

  public static long draft(CoursesTestKit kit, Org org) {
    return kit.as(
        org.trainer(),
        b -> {
          Course c = SampleCourses.twoModules(org.id(), org.trainerId(), 501);
          b.em().persist(c);
          b.em().flush();
          return c.getId();
        });
  }

  public static long firstItem(CoursesTestKit kit, Org org, long courseId) {
    return kit.as(org.trainer(), b -> b.get(CourseAuthoring.class).draft(courseId))
        .getModules()
        .get(0)
        .getItems()
        .get(0)
        .getKey();
  }

  /** Changes the first lesson's text, so that there is something to publish. */
  static long change(CoursesTestKit kit, Org org, long courseId, String body) {
    long lesson = firstItem(kit, org, courseId);
    kit.as(
        org.trainer(),
        b -> {
          b.get(CourseAuthoring.class).translate(courseId, lesson, TextField.BODY, "da", body);
          return null;
        });
    return lesson;
  }
}
