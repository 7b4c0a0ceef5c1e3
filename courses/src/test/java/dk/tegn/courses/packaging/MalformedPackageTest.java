package dk.tegn.courses.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.packaging.control.CoursePackages;
import dk.tegn.courses.packaging.control.PackageFiles;
import dk.tegn.courses.packaging.entity.PackageException;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.courses.testing.CoursesTestKit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MalformedPackageTest {

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void validSamplePackageHasNoProblems() {
    assertEquals(List.of(), CoursePackages.check(TestPackages.valid(suffix)));
  }

  @Test
  void missingLessonAndUnknownFieldAreBothNamedWithFileAndLine() {
    Map<String, byte[]> files = TestPackages.valid(suffix);
    files.remove("lessons/signs/lesson.en.md");
    TestPackages.put(
        files,
        "course.yaml",
        TestPackages.text(files, "course.yaml").replace("mandatory: false", "mandatry: false"));
    TestPackages.put(files, "lessons/signs/extra.da.md", "stray");

    List<Problem> problems = CoursePackages.check(files);

    assertTrue(
        texts(problems)
            .contains(
                "lessons/signs/lesson.en.md"
                    + ": "
                    + "missing: the lesson text of item 'lesson' in 'en'"),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().equals("course.yaml")
                        && p.line() == 8
                        && p.message().startsWith("unknown field 'mandatry'")),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.file().equals("lessons/signs/extra.da.md")),
        problems.toString());
  }

  @Test
  void aQuestionNamingALessonThePackageDoesNotHaveIsNamed() {
    Map<String, byte[]> files = TestPackages.valid(suffix);
    String bank = TestPackages.text(files, "bank.json");
    TestPackages.put(
        files,
        "bank.json",
        bank.replace(
                "\"key\": \"q1\", \"type\": \"true-false\",",
                "\"key\": \"q1\", \"type\": \"true-false\", \"lesson\": \"signs/lesson\",")
            .replace(
                "\"key\": \"q2\", \"type\": \"true-false\",",
                "\"key\": \"q2\", \"type\": \"true-false\", \"lesson\": \"signs/lessen\","));

    List<Problem> problems = CoursePackages.check(files);

    assertEquals(1, problems.size(), problems.toString());
    assertEquals("bank.json", problems.get(0).file());
    assertTrue(problems.get(0).message().contains("'signs/lessen'"), problems.toString());
  }

  @Test
  void badYamlIsRefusedWithItsLine() {
    Map<String, byte[]> files = TestPackages.valid(suffix);
    TestPackages.put(
        files,
        "course.yaml",
        TestPackages.text(files, "course.yaml")
            .replace("title: {da: Tegnene", "title: {da: [Tegnene"));

    List<Problem> problems = CoursePackages.check(files);

    assertEquals(1, problems.size(), problems.toString());
    assertEquals("course.yaml", problems.get(0).file());
    assertTrue(problems.get(0).line() >= 12, problems.toString());
    assertTrue(problems.get(0).message().startsWith("not valid YAML"));
  }

  @Test
  void scenarioWithoutItsSectionsIsNamed() {
    Map<String, byte[]> files = TestPackages.valid(suffix);
    TestPackages.put(files, "lessons/signs/case.en.md", "# Story\n\nA woman.\n\n# Moral\n\nx\n");

    List<Problem> problems = CoursePackages.check(files);

    assertTrue(
        texts(problems)
            .contains(
                "lessons/signs/case.en.md"
                    + ":5: "
                    + "unknown section 'Moral' (a scenario has # Story, # Question and # Explanation, or # Historie, # Spørgsmål and # Forklaring)"),
        problems.toString());
    assertTrue(
        texts(problems)
            .contains(
                "lessons/signs/case.en.md" + ":1: " + "the section Question is missing or empty"),
        problems.toString());
  }

  @Test
  void quizPointingToMissingQuestionIsRefusedAndNothingIsImported() {
    CoursesTestKit.Org org = new CoursesTestKit().organisation(0);
    Map<String, byte[]> files = TestPackages.valid(suffix);
    TestPackages.put(files, "bank.json", TestPackages.bank(suffix, "q9"));
    TestPackages.put(
        files,
        "course.yaml",
        TestPackages.text(files, "course.yaml")
            .replace("title: {da: Test, en: Test}", "title: {da: Test}"));

    PackageException refused =
        assertThrows(
            PackageException.class,
            () ->
                PackagingKit.as(
                    org.trainer(),
                    b ->
                        b.get(CoursePackages.class)
                            .importAsNewCourse(
                                PackageFiles.fromZip(PackageFiles.toZip(files)), org.id())));

    List<Problem> problems = refused.problems();
    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.file().equals("bank.json") && p.line() > 0 && p.message().contains("q9")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().equals("bank.json")
                        && p.message(Locale.forLanguageTag("da")).contains("q9")
                        && p.message(Locale.forLanguageTag("da")).contains("findes ikke")),
        "the bank import's problem reaches a Danish trainer in Danish: " + problems);
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().equals("course.yaml")
                        && p.message().equals("title has no text in 'en'")),
        problems.toString());
    long courses =
        PackagingKit.as(
            org.trainer(),
            b ->
                b.em()
                    .createQuery(
                        "select count(c) from Course c where c.organisationId = :o", Long.class)
                    .setParameter("o", org.id())
                    .getSingleResult());
    assertEquals(0, courses);
    long categories =
        PackagingKit.as(
            org.trainer(),
            b ->
                b.em()
                    .createQuery("select count(c) from Category c where c.code = :code", Long.class)
                    .setParameter("code", "pk-" + suffix)
                    .getSingleResult());
    assertEquals(0, categories);
  }

  @Test
  void quizItemNamingAQuizNotInTheBankIsNamedOnItsLine() {
    Map<String, byte[]> files = TestPackages.valid(suffix);
    TestPackages.put(
        files,
        "course.yaml",
        TestPackages.text(files, "course.yaml")
            .replace("quiz: pk-" + suffix + "-quiz", "quiz: elsewhere"));

    List<Problem> problems = CoursePackages.check(files);

    assertEquals(List.of("course.yaml:26: quiz 'elsewhere' is not in bank.json"), texts(problems));
  }

  @Test
  void zipWithAPathLeavingThePackageIsRefused() {
    byte[] zip = PackageFiles.toZip(Map.of("../evil.md", new byte[] {1}));
    PackageException e = assertThrows(PackageException.class, () -> PackageFiles.fromZip(zip));
    assertEquals(1, e.problems().size(), e.problems().toString());
  }

  /**
   * The problems as the command line prints them (file, line, the English text), each checked to
   * read in Danish too, from its own key.
   */
  private static List<String> texts(List<Problem> problems) {
    for (Problem p : problems) {
      String danish = p.message(Locale.forLanguageTag("da"));
      assertFalse(danish.contains("???"), "no Danish text for " + p.key());
      assertTrue(p.key() == null || !danish.equals(p.message()), "Danish, not English: " + danish);
    }
    return problems.stream().map(Problem::toString).toList();
  }
}
