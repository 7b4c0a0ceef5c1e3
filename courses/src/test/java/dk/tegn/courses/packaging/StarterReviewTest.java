package dk.tegn.courses.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.control.PackageReader;
import dk.tegn.courses.packaging.control.StarterCurriculum;
import dk.tegn.courses.packaging.entity.CoursePackage;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.courses.review.control.LessonSources;
import dk.tegn.courses.review.entity.CitedSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every starter lesson and scenario carries its review, and the review list can read every source a
 * lesson cites from the lesson's own closing list (the same lines the standard test checks).
 */
class StarterReviewTest {

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void everyLessonAndScenarioHasAReviewAndEveryListedSourceIsRead(String key) {
    Map<String, byte[]> files = StarterCurriculum.files(key);
    CoursePackage p = PackageReader.read(files, null, true).coursePackage();
    List<String> problems = new ArrayList<>();
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        if (i.kind() == ItemKind.QUIZ) {
          continue;
        }
        if (i.review() == null) {
          problems.add(m.key() + "/" + i.key() + ": no review");
        }
        for (String language : p.languages()) {
          List<String> texts = new ArrayList<>();
          i.kind().fields().stream()
              .filter(f -> f != TextField.TITLE)
              .forEach(f -> texts.add(i.text(f).exactly(language).orElse("")));
          List<CitedSource> cited = LessonSources.cited(texts.toArray(String[]::new));
          long listed =
              texts.stream()
                  .flatMap(t -> t.lines())
                  .filter(l -> l.startsWith("- ") && l.contains("<http"))
                  .map(l -> l.substring(l.indexOf("<http"), l.indexOf('>', l.indexOf("<http"))))
                  .distinct()
                  .count();
          if (i.kind() == ItemKind.LESSON && cited.isEmpty()) {
            problems.add(m.key() + "/" + i.key() + "." + language + ": no sources read");
          }
          if (cited.size() != listed) {
            problems.add(
                m.key() + "/" + i.key() + "." + language + ": " + cited.size() + " of " + listed);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aSourceLineGivesItsLinkAndCheckDateOrNoneWhenNotRecorded() {
    List<CitedSource> cited =
        LessonSources.cited(
            """
            Text with <https://not-a-source.example> outside the list.

            ## Sources

            - Law. Parliament, 2013. <https://ft.dk/l129> (checked 2026-12-05).
            - Old page. CMM, undated. <https://cmm.dk/old> (research notes, date of check not recorded).
            - Law. Parliament, 2013. <https://ft.dk/l129> (checked 2026-12-01).
            """);
    assertEquals(2, cited.size());
    assertEquals("https://ft.dk/l129", cited.get(0).url());
    assertEquals(LocalDate.parse("2026-12-05"), cited.get(0).checkedOn());
    assertEquals("Law. Parliament, 2013.", cited.get(0).description());
    assertNull(cited.get(1).checkedOn());
  }

  @Test
  void aReviewDueBeforeItWasMadeOrWithABadDateIsAProblem() {
    Map<String, byte[]> files = TestPackages.valid("rv");
    String manifest = new String(files.get("course.yaml"), StandardCharsets.UTF_8);
    String good = withReview(manifest, "{by: Ann, date: 2026-12-05, due: 2027-12-05}");
    PackageReader.Result ok = PackageReader.read(with(files, good), null, true);
    assertTrue(ok.ok(), () -> ok.problems().toString());
    assertEquals(
        LocalDate.parse("2027-12-05"),
        ok.coursePackage().modules().get(0).items().get(0).review().due());

    String bad = withReview(manifest, "{by: Ann, date: 2026-12-05, due: 2025-01-01}");
    List<Problem> problems = PackageReader.read(with(files, bad), null, true).problems();
    assertFalse(problems.isEmpty());
    assertTrue(problems.get(0).message().contains("due on or after"), problems.toString());

    String notADate = withReview(manifest, "{by: Ann, date: soon, due: 2027-01-01}");
    assertTrue(
        PackageReader.read(with(files, notADate), null, true).problems().stream()
            .anyMatch(x -> x.message().contains("date must be a date")));
  }

  /** The manifest with a review on its lesson item, at the item's own indentation. */
  private static String withReview(String manifest, String review) {
    return manifest.replaceFirst(
        "(?m)^( *)type: lesson\n", "$1type: lesson\n$1review: " + review + "\n");
  }

  private static Map<String, byte[]> with(Map<String, byte[]> files, String manifest) {
    Map<String, byte[]> copy = new java.util.TreeMap<>(files);
    copy.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
    return copy;
  }
}
