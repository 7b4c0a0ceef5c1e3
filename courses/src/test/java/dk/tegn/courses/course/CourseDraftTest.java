package dk.tegn.courses.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.course.entity.UntranslatedText;
import dk.tegn.courses.testing.SampleCourses;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseDraftTest {

  @Test
  void keysStayTheSameWhenModulesAndItemsAreReordered() {
    Course course = SampleCourses.twoModules(1, 7);
    CourseModule first = course.getModules().get(0);
    CourseModule second = course.getModules().get(1);
    List<Long> itemKeys = first.getItems().stream().map(CourseItem::getKey).toList();

    course.reorderModules(List.of(second.getKey(), first.getKey()));
    first.reorderItems(List.of(itemKeys.get(2), itemKeys.get(0), itemKeys.get(1)));

    assertEquals(second.getKey(), course.getModules().get(0).getKey());
    assertEquals(0, second.getPosition());
    assertEquals(
        List.of(itemKeys.get(2), itemKeys.get(0), itemKeys.get(1)),
        first.getItems().stream().map(CourseItem::getKey).toList());
    assertEquals(2, first.getItems().get(2).getPosition());
  }

  @Test
  void aNewOrderMustNameEveryEntryOnce() {
    Course course = SampleCourses.twoModules(1, 7);
    long firstKey = course.getModules().get(0).getKey();
    assertThrows(IllegalArgumentException.class, () -> course.reorderModules(List.of(firstKey)));
    assertThrows(
        IllegalArgumentException.class, () -> course.reorderModules(List.of(firstKey, firstKey)));
  }

  @Test
  void keysAreNeverReusedAfterRemoval() {
    Course course = SampleCourses.twoModules(1, 7);
    CourseModule module = course.getModules().get(0);
    long removed = module.getItems().get(0).getKey();
    module.removeItem(removed);
    CourseItem added = module.addLesson("da", "Ny", "Tekst");
    assertTrue(added.getKey() > removed);
    assertEquals(0, module.getItems().get(0).getPosition());
  }

  @Test
  void untranslatedTextsAreListedPerLanguageUntilTranslated() {
    Course course = SampleCourses.twoModules(1, 7);
    course.configure(Set.of(Audience.POLICE), List.of("da", "en"), 45, true, 24);

    List<UntranslatedText> missing = course.untranslated();
    assertTrue(missing.stream().allMatch(t -> t.language().equals("en")));
    CourseItem scenario = course.getModules().get(0).getItems().get(1);
    assertTrue(
        missing.stream()
            .anyMatch(
                t ->
                    t.key() == scenario.getKey()
                        && t.field() == TextField.EXPLANATION
                        && t.source().startsWith("Bolig")));

    scenario.translate(TextField.EXPLANATION, "en", "Living at the workplace is an indicator.");
    assertTrue(
        course.untranslated().stream()
            .noneMatch(t -> t.key() == scenario.getKey() && t.field() == TextField.EXPLANATION));
  }

  @Test
  void aTitleCannotBeRemovedInItsLastLanguage() {
    Course course = SampleCourses.twoModules(1, 7);
    assertThrows(RuleViolationException.class, () -> course.translate(TextField.TITLE, "da", " "));
    course.translate(TextField.TITLE, "en", "Trafficking — the signs");
    course.translate(TextField.TITLE, "da", "");
    assertEquals("Trafficking — the signs", course.getTitle().resolve("da", "da"));
  }

  @Test
  void settingsAreChecked() {
    Course course = SampleCourses.twoModules(1, 7);
    assertThrows(
        RuleViolationException.class,
        () -> course.configure(Set.of(), List.of("da"), 0, false, null));
    assertThrows(
        RuleViolationException.class,
        () -> course.configure(Set.of(), List.of("xx"), 30, false, null));
    assertThrows(
        RuleViolationException.class,
        () -> course.configure(Set.of(), List.of("da"), 30, false, 0));
    course.configure(
        Set.of(Audience.HEALTH, Audience.POLICE), List.of("en", "da"), 30, false, null);
    assertEquals(Set.of(Audience.HEALTH, Audience.POLICE), course.getAudiences());
    assertEquals(List.of("en", "da"), course.getLanguages());
  }

  @Test
  void aQuizIsDoneWhenPassedSoItCannotAskToBeMarkedDone() {
    Course course = SampleCourses.twoModules(1, 7);
    CourseItem quiz = course.getModules().get(1).getItems().get(0);
    assertThrows(IllegalStateException.class, () -> quiz.askToMarkDone(true));
    assertThrows(IllegalArgumentException.class, () -> quiz.translate(TextField.BODY, "da", "x"));
  }
}
