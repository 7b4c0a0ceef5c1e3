package dk.tegn.courses.packaging;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.control.PackageReader;
import dk.tegn.courses.packaging.control.StarterCurriculum;
import dk.tegn.courses.packaging.entity.CoursePackage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The standard every starter course meets (issue 12), as far as a test can check it: every quiz
 * item explains why in both languages, the right option is not given away by its place or length,
 * the stated length matches the reading time, and every lesson ends with its dated sources.
 */
class StarterStandardTest {

  private static final List<String> BOTH = List.of("da", "en");

  /** Careful reading of instructional text, slower than leisure reading. */
  static final int WORDS_PER_MINUTE = 150;

  /** Thinking about a scenario's question before revealing the explanation. */
  static final int MINUTES_PER_SCENARIO = 3;

  /** Answering one quiz question, including reading its feedback. */
  static final int MINUTES_PER_QUESTION = 1;

  static final double LENGTH_TOLERANCE = 0.25;
  static final double MAX_SHARE_CORRECT_FIRST = 0.40;
  static final double MAX_SHARE_CORRECT_LONGEST = 0.35;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.,][\\p{L}\\p{N}]+)*");
  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "^- .+\\b((1[89]|20)\\d\\d|undated|udateret)\\b.*<https?://\\S+>.*\\(((checked|tjekket)"
              + " \\d{4}-\\d{2}-\\d{2}|research notes, date of check not recorded"
              + "|research-noter, dato for tjek ikke noteret)\\)\\.?$");

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void everyQuizItemExplainsWhyInBothLanguagesForRightAndWrongChoices(String key) {
    List<String> missing = new ArrayList<>();
    for (JsonValue q : questions(bank(key))) {
      explains(q.asJsonObject(), q.asJsonObject().getString("key"), missing);
    }
    assertEquals(List.of(), missing, "quiz items without an explanation in both languages");
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void theRightOptionIsNotUsuallyFirstOrLongest(String key) {
    List<JsonObject> single = new ArrayList<>();
    for (JsonValue q : questions(bank(key))) {
      collectSingleChoice(q.asJsonObject(), single);
    }
    assertTrue(single.size() >= 5, "enough single-choice items to judge: " + single.size());
    long first =
        single.stream().filter(q -> choices(q).getJsonObject(0).getBoolean("correct")).count();
    assertTrue(
        first <= MAX_SHARE_CORRECT_FIRST * single.size(),
        "right option first in " + first + " of " + single.size() + " single-choice items");
    for (String language : BOTH) {
      List<String> longest =
          single.stream()
              .filter(q -> correctIsLongest(q, language))
              .map(q -> q.getString("key"))
              .toList();
      assertTrue(
          longest.size() <= MAX_SHARE_CORRECT_LONGEST * single.size(),
          "right option longest in "
              + language
              + " in "
              + longest.size()
              + " of "
              + single.size()
              + ": "
              + longest);
    }
  }

  /**
   * A certificate quiz cannot be passed by trial and error: each random slot draws at most half of
   * its category, and right answers and feedback show only once the trainee passed (or used the
   * last allowed attempt).
   */
  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void theFinalQuizDrawsAtMostHalfItsBankAndShowsAnswersOnlyAfterAPass(String key) {
    JsonObject bank = bank(key);
    Map<String, Integer> sizes = new HashMap<>();
    for (JsonValue c : bank.getJsonArray("categories")) {
      sizes.put(
          c.asJsonObject().getString("key"), c.asJsonObject().getJsonArray("questions").size());
    }
    for (JsonValue q : bank.getJsonArray("quizzes")) {
      JsonObject quiz = q.asJsonObject();
      for (JsonValue s : quiz.getJsonArray("slots")) {
        if (s.asJsonObject().containsKey("random")) {
          JsonObject random = s.asJsonObject().getJsonObject("random");
          int held = sizes.getOrDefault(random.getString("category"), 0);
          assertTrue(
              held >= 2 * random.getInt("count"),
              quiz.getString("key") + " draws " + random.getInt("count") + " of " + held);
        }
      }
      JsonObject review = quiz.getJsonObject("review");
      assertEquals("after-pass", review.getString("rightAnswers"), quiz.getString("key"));
      assertEquals("after-pass", review.getString("feedback"), quiz.getString("key"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void statedLengthIsWithinAQuarterOfTheComputedReadingTime(String key) {
    CoursePackage p = read(key);
    String language = p.authoringLanguage();
    Map<String, Integer> catalogueWords = catalogueWords(language);
    int words = 0;
    int scenarios = 0;
    int questions = 0;
    JsonObject bank = bank(key);
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        for (TextField field : i.kind().fields()) {
          if (field != TextField.TITLE) {
            words += words(i.text(field).exactly(language).orElse(""), catalogueWords);
          }
        }
        if (i.kind() == ItemKind.SCENARIO) {
          scenarios++;
        }
        if (i.kind() == ItemKind.QUIZ) {
          questions += questionsDrawn(bank, i.quiz());
        }
      }
    }
    double minutes =
        (double) words / WORDS_PER_MINUTE
            + scenarios * MINUTES_PER_SCENARIO
            + questions * MINUTES_PER_QUESTION;
    double stated = p.estimatedMinutes();
    assertTrue(
        Math.abs(stated - minutes) <= LENGTH_TOLERANCE * minutes,
        String.format(
            "%s states %d minutes; reading time is %.0f (%d words at %d a minute, %d scenarios,"
                + " %d quiz questions)",
            key, p.estimatedMinutes(), minutes, words, WORDS_PER_MINUTE, scenarios, questions));
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void everyLessonEndsWithItsDatedSources(String key) {
    CoursePackage p = read(key);
    List<String> problems = new ArrayList<>();
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        if (i.kind() != ItemKind.LESSON) {
          continue;
        }
        for (String language : BOTH) {
          String where = m.key() + "/" + i.key() + "." + language;
          String body = i.text(TextField.BODY).exactly(language).orElse("");
          String heading = language.equals("da") ? "## Kilder" : "## Sources";
          int at = body.lastIndexOf("\n" + heading + "\n");
          if (at < 0 || body.indexOf("\n## ", at + 1) >= 0) {
            problems.add(where + ": does not end with '" + heading + "'");
            continue;
          }
          List<String> lines =
              body.substring(at + heading.length() + 2).lines().filter(l -> !l.isBlank()).toList();
          if (lines.isEmpty()) {
            problems.add(where + ": no sources listed");
          }
          for (String line : lines) {
            if (!SOURCE_LINE.matcher(line).matches()) {
              problems.add(where + ": not 'title, publisher, year, link (checked date)': " + line);
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  // --- feedback

  /**
   * A question explains why when whoever answers, right or wrong, is told why in both languages.
   */
  private static void explains(JsonObject q, String where, List<String> missing) {
    switch (q.getString("type")) {
      case "single-choice", "multiple-response" -> {
        for (JsonValue c : choices(q)) {
          JsonObject choice = c.asJsonObject();
          both(choice, "feedback", where + " choice " + choice.getString("key"), missing);
        }
      }
      case "true-false" -> {
        both(q, "trueFeedback", where, missing);
        both(q, "falseFeedback", where, missing);
      }
      case "scenario" -> {
        for (JsonValue sub : q.getJsonArray("subQuestions")) {
          explains(sub.asJsonObject(), where + "/" + sub.asJsonObject().getString("key"), missing);
        }
      }
      default -> both(q, "generalFeedback", where, missing);
    }
  }

  private static void both(JsonObject o, String field, String where, List<String> missing) {
    JsonObject text = o.containsKey(field) ? o.getJsonObject(field) : null;
    for (String language : BOTH) {
      if (text == null || !text.containsKey(language) || text.getString(language).isBlank()) {
        missing.add(where + " " + field + " in " + language);
      }
    }
  }

  // --- place and length of the right option

  private static void collectSingleChoice(JsonObject q, List<JsonObject> into) {
    if (q.getString("type").equals("single-choice")) {
      into.add(q);
    } else if (q.getString("type").equals("scenario")) {
      q.getJsonArray("subQuestions").forEach(s -> collectSingleChoice(s.asJsonObject(), into));
    }
  }

  private static boolean correctIsLongest(JsonObject q, String language) {
    int correct = -1;
    int other = -1;
    for (JsonValue c : choices(q)) {
      int length = c.asJsonObject().getJsonObject("text").getString(language).length();
      if (c.asJsonObject().getBoolean("correct")) {
        correct = Math.max(correct, length);
      } else {
        other = Math.max(other, length);
      }
    }
    return correct > other;
  }

  // --- reading time

  /** Words of Markdown text; an indicators block counts the words the reader sees in its place. */
  static int words(String markdown, Map<String, Integer> catalogueWords) {
    int count = 0;
    boolean inIndicators = false;
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("```")) {
        inIndicators = !inIndicators && line.trim().equals("```indicators");
        continue;
      }
      if (inIndicators) {
        String[] kv = line.split(":", 2);
        if (kv.length == 2) {
          count += catalogueWords.getOrDefault(kv[1].trim(), 0);
        }
        continue;
      }
      Matcher m = WORD.matcher(line.replaceAll("\\(https?://[^)]*\\)|<https?://[^>]*>", ""));
      while (m.find()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Words shown for each dimension key (its name, description and indicators) and indicator key.
   */
  private static Map<String, Integer> catalogueWords(String language) {
    Map<String, Integer> words = new HashMap<>();
    try (Reader in = Files.newBufferedReader(PackagingKit.CATALOGUE)) {
      for (JsonValue d : JSON.createReader(in).readObject().getJsonArray("dimensions")) {
        JsonObject dimension = d.asJsonObject();
        int total =
            words(dimension.getJsonObject("name").getString(language), Map.of())
                + words(dimension.getJsonObject("description").getString(language), Map.of());
        for (JsonValue i : dimension.getJsonArray("indicators")) {
          JsonObject indicator = i.asJsonObject();
          int n = words(indicator.getJsonObject("text").getString(language), Map.of());
          words.put(indicator.getString("key"), n);
          total += n;
        }
        words.put(dimension.getString("key"), total);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * Every question of every starter bank names the lesson or scenario that teaches it, so a trainee
   * who failed the final quiz is pointed back to the lessons of the questions they missed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void everyQuestionNamesTheLessonThatTeachesIt(String key) {
    CoursePackage p = read(key);
    List<String> lessons = new ArrayList<>();
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        if (i.kind() != ItemKind.QUIZ) {
          lessons.add(m.key() + "/" + i.key());
        }
      }
    }
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> taught = new HashMap<>();
    for (JsonValue q : questions(bank(key))) {
      String lesson = q.asJsonObject().getString("lesson", null);
      if (lesson == null || !lessons.contains(lesson)) {
        wrong.add(q.asJsonObject().getString("key") + " -> " + lesson);
      } else {
        taught.merge(lesson, 1, Integer::sum);
      }
    }
    assertEquals(List.of(), wrong, key + ": questions naming no lesson of the course");
    // the pointer is useful only if the questions spread over the course, not all on one lesson
    assertTrue(taught.size() * 2 >= lessons.size(), key + ": questions point to " + taught);
  }

  private static int questionsDrawn(JsonObject bank, String quizKey) {
    for (JsonValue quiz : bank.getJsonArray("quizzes")) {
      if (quiz.asJsonObject().getString("key").equals(quizKey)) {
        int n = 0;
        for (JsonValue slot : quiz.asJsonObject().getJsonArray("slots")) {
          n +=
              slot.asJsonObject().containsKey("random")
                  ? slot.asJsonObject().getJsonObject("random").getInt("count")
                  : 1;
        }
        return n;
      }
    }
    throw new AssertionError("quiz " + quizKey + " not in bank.json");
  }

  // --- reading the package

  private static CoursePackage read(String key) {
    return PackageReader.read(StarterCurriculum.files(key), null, true).coursePackage();
  }

  static JsonObject bank(String key) {
    return JSON.createReader(new StringReader(read(key).bank())).readObject();
  }

  static List<JsonValue> questions(JsonObject bank) {
    List<JsonValue> all = new ArrayList<>();
    for (JsonValue c : bank.getJsonArray("categories")) {
      all.addAll(c.asJsonObject().getJsonArray("questions"));
    }
    return all;
  }

  private static JsonArray choices(JsonObject q) {
    return q.getJsonArray("choices");
  }
}
