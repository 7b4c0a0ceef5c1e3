package dk.tegn.courses.packaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** A small valid package with keys unique to one test, to break in the ways a test needs. */
final class TestPackages {

  private TestPackages() {}

  static Map<String, byte[]> valid(String suffix) {
    Map<String, byte[]> files = new TreeMap<>();
    put(
        files,
        "course.yaml",
        """
        format: tegn-course/1
        key: sample
        languages: [da, en]
        title: {da: Prøvekursus, en: Sample course}
        summary: {da: Kort, en: Short}
        audiences: [police, health]
        estimatedMinutes: 20
        mandatory: false
        certificateValidityMonths: 12
        modules:
          - key: signs
            title: {da: Tegnene, en: The signs}
            items:
              - key: lesson
                type: lesson
                title: {da: Lektion, en: Lesson}
              - key: case
                type: scenario
                title: {da: Sagen, en: The case}
          - key: test
            title: {da: Test, en: Test}
            lockedUntilPreviousComplete: true
            items:
              - key: quiz
                type: quiz
                quiz: QUIZ
                title: {da: Quiz, en: Quiz}
        """
            .replace("QUIZ", "pk-" + suffix + "-quiz"));
    put(files, "lessons/signs/lesson.da.md", "## Tegn\n\nPas taget.\n");
    put(files, "lessons/signs/lesson.en.md", "## Signs\n\nPassport taken.\n");
    put(
        files,
        "lessons/signs/case.da.md",
        "# Historie\n\nEn kvinde.\n\n# Spørgsmål\n\nHvad ser du?\n\n# Forklaring\n\nTegn.\n");
    put(
        files,
        "lessons/signs/case.en.md",
        "# Story\n\nA woman.\n\n# Question\n\nWhat do you see?\n\n# Explanation\n\nSigns.\n");
    put(files, "bank.json", bank(suffix, "q1"));
    return files;
  }

  /** A bank whose quiz has a slot for {@code slotQuestion} (q1 and q2 exist). */
  static String bank(String suffix, String slotQuestion) {
    return """
        {
          "format": "tegn-bank/1",
          "categories": [
            {
              "key": "pk-SUFFIX",
              "name": {"da": "Prøve", "en": "Sample"},
              "questions": [
                {"key": "q1", "type": "true-false", "text": {"da": "Sandt?", "en": "True?"}, "answer": true},
                {"key": "q2", "type": "true-false", "text": {"da": "Falsk?", "en": "False?"}, "answer": false}
              ]
            }
          ],
          "quizzes": [
            {
              "key": "pk-SUFFIX-quiz",
              "title": {"da": "Quiz", "en": "Quiz"},
              "passMarkPercent": 50,
              "slots": [{"question": "pk-SUFFIX/SLOT"}, {"random": {"category": "pk-SUFFIX", "count": 1}}]
            }
          ]
        }
        """
        .replace("SUFFIX", suffix)
        .replace("SLOT", slotQuestion);
  }

  static void put(Map<String, byte[]> files, String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static String text(Map<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }
}
