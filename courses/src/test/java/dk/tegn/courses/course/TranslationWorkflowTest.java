package dk.tegn.courses.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.course.entity.UntranslatedText;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.Drafts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A translation made from an original that has changed since is outdated until a translator saves
 * it again; each step is its own transaction, so what a translation was made from is stored.
 */
class TranslationWorkflowTest {

  final CoursesTestKit kit = new CoursesTestKit();
  final Org org = kit.organisation(0);

  @Test
  void changingTheOriginalMarksItsTranslationOutdatedUntilItIsSavedAgain() {
    long courseId = bilingualDraft();
    long lesson = firstLesson(courseId);
    write(courseId, lesson, "en", "Debt bondage is an indicator.");
    assertEquals(List.of(), about(courseId, lesson), "translated from today's original");

    write(courseId, lesson, "da", "Gældsslaveri er en stærk indikator.");
    List<UntranslatedText> outdated = about(courseId, lesson);
    assertEquals(1, outdated.size(), outdated.toString());
    assertTrue(outdated.get(0).outdated());
    assertEquals("en", outdated.get(0).language());
    assertEquals("Gældsslaveri er en stærk indikator.", outdated.get(0).source());

    write(courseId, lesson, "da", "Gældsslaveri er en stærk indikator.");
    assertEquals(1, about(courseId, lesson).size(), "saving the same original changes nothing");

    write(courseId, lesson, "en", "Debt bondage is a strong indicator.");
    assertEquals(List.of(), about(courseId, lesson), "saved again: up to date");
  }

  @Test
  void aTranslationFromBeforeTheBasisWasKeptIsOutdatedOnceTheOriginalChanges() {
    long courseId = bilingualDraft();
    long lesson = firstLesson(courseId);
    kit.as(
        org.trainer(),
        b -> {
          // as a course package or an older Tegn wrote it: no note of what it was made from
          b.get(CourseAuthoring.class)
              .draft(courseId)
              .item(lesson)
              .translate(TextField.BODY, "en", "Debt is an indicator.");
          return null;
        });
    assertEquals(List.of(), about(courseId, lesson));
    write(courseId, lesson, "da", "Gæld til arbejdsgiveren er en indikator.");
    List<UntranslatedText> outdated = about(courseId, lesson);
    assertEquals(1, outdated.size(), outdated.toString());
    assertTrue(outdated.get(0).outdated());
  }

  @Test
  void removingATranslationMakesItMissingNotOutdated() {
    long courseId = bilingualDraft();
    long lesson = firstLesson(courseId);
    write(courseId, lesson, "en", "Debt bondage is an indicator.");
    write(courseId, lesson, "en", "");
    List<UntranslatedText> missing = about(courseId, lesson);
    assertEquals(1, missing.size());
    assertFalse(missing.get(0).outdated());
  }

  private long bilingualDraft() {
    return kit.as(
        org.trainer(),
        b -> {
          Course c = SampleCourses.twoModules(org.id(), org.trainerId(), 601);
          c.configure(Set.of(Audience.POLICE), List.of("da", "en"), 30, false, null);
          b.em().persist(c);
          b.em().flush();
          return c.getId();
        });
  }

  private long firstLesson(long courseId) {
    return Drafts.firstItem(kit, org, courseId);
  }

  private void write(long courseId, long lesson, String language, String text) {
    kit.as(
        org.trainer(),
        b -> {
          b.get(CourseAuthoring.class).translate(courseId, lesson, TextField.BODY, language, text);
          return null;
        });
  }

  /** What is still to do for the lesson's text. */
  private List<UntranslatedText> about(long courseId, long lesson) {
    return kit.as(org.trainer(), b -> b.get(CourseAuthoring.class).untranslated(courseId)).stream()
        .filter(t -> t.key() == lesson && t.field() == TextField.BODY)
        .toList();
  }
}
