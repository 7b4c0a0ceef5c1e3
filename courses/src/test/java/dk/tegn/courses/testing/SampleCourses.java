package dk.tegn.courses.testing;

import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseModule;
import java.time.Instant;

/** Drafts the tests share: built through the same methods a trainer's editor calls. */
public final class SampleCourses {

  public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private SampleCourses() {}

  /**
   * Two modules; the second locked until the first is complete. Module 1: a lesson, a scenario and
   * an optional lesson. Module 2: a quiz (id {@code quizId}).
   */
  public static Course twoModules(long organisationId, long quizId) {
    return twoModules(organisationId, 1, quizId);
  }

  public static Course twoModules(long organisationId, long createdBy, long quizId) {
    Course course = new Course(organisationId, createdBy, "da", "Menneskehandel — tegnene", NOW);
    CourseModule basics = course.addModule("da", "Grundbegreber");
    basics.addLesson("da", "Indikatorer", "# Indikatorer\n\nTvang, *bedrag* og udnyttelse.");
    basics.addScenario(
        "da",
        "Massageklinikken",
        "En ung kvinde bor på klinikken.",
        "Hvilke tegn ser du?",
        "Bolig på arbejdspladsen er en indikator.");
    basics.addLesson("da", "Mere læsning", "Valgfrit.").require(false);
    CourseModule check = course.addModule("da", "Test");
    check.lockUntilPreviousComplete(true);
    check.addQuiz("da", "Afsluttende quiz", quizId);
    return course;
  }
}
