package dk.tegn.courses.packaging.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.packaging.entity.CoursePackage;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a package's bank.json can be checked for without a database: that it is a bank file at all,
 * which quizzes it holds, that its questions point to lessons of this package and (for a check
 * without import) that quiz slots name questions the file holds. The import itself is the
 * assessments module's (BankTransfer), which checks everything else against the platform's banks.
 */
final class BankFileChecks {

  private final PackageContents contents;

  BankFileChecks(PackageContents contents) {
    this.contents = contents;
  }

  /** Checks the file as far as possible without a database; returns its quiz keys. */
  Set<String> quizKeys(Set<String> needed, boolean checkSlots) {
    String json = contents.read(PackageReader.BANK);
    if (json == null) {
      if (!needed.isEmpty()) {
        contents.add(PackageReader.BANK, 0, "bankMissing");
      }
      return Set.of();
    }
    JsonObject root;
    try {
      JsonValue value = JSON.createReader(new StringReader(json)).readValue();
      if (!(value instanceof JsonObject o)) {
        contents.add(PackageReader.BANK, 1, "bankNotObject");
        return Set.of();
      }
      root = o;
    } catch (JsonParsingException e) {
      contents.add(
          PackageReader.BANK, (int) e.getLocation().getLineNumber(), "bankNotJson", e.getMessage());
      return Set.of();
    } catch (JsonException e) {
      contents.add(PackageReader.BANK, 0, "bankNotJson", e.getMessage());
      return Set.of();
    }
    if (!PackageReader.BANK_FORMAT.equals(string(root, "format"))) {
      contents.add(PackageReader.BANK, 1, "bankFormat", PackageReader.BANK_FORMAT);
    }
    Set<String> quizKeys = new LinkedHashSet<>();
    for (JsonObject quiz : objects(root, "quizzes")) {
      String key = string(quiz, "key");
      if (key != null) {
        quizKeys.add(key);
      }
    }
    if (checkSlots) {
      checkSlots(json, root);
    }
    return quizKeys;
  }

  /**
   * Every bank question's "lesson" names a lesson or scenario of this package ("module/item"), so a
   * trainee who missed it is pointed to a lesson that exists.
   */
  void checkLessonReferences(List<CoursePackage.Module> modules) {
    if (!contents.has(PackageReader.BANK)) {
      return;
    }
    Set<String> lessons = new HashSet<>();
    for (CoursePackage.Module m : modules) {
      for (CoursePackage.Item i : m.items()) {
        if (i.kind() != null && i.kind() != ItemKind.QUIZ) {
          lessons.add(m.key() + "/" + i.key());
        }
      }
    }
    String json = contents.read(PackageReader.BANK);
    JsonObject root;
    try {
      if (!(JSON.createReader(new StringReader(json)).readValue() instanceof JsonObject o)) {
        return;
      }
      root = o;
    } catch (JsonException e) {
      return; // reported by quizKeys
    }
    for (JsonObject category : objects(root, "categories")) {
      for (JsonObject q : objects(category, "questions")) {
        String lesson = string(q, "lesson");
        if (lesson != null && !lessons.contains(lesson)) {
          contents.add(
              PackageReader.BANK,
              PackageReader.lineOf(json, "\"" + lesson + "\""),
              "bankLesson",
              string(q, "key"),
              lesson);
        }
      }
    }
  }

  private void checkSlots(String json, JsonObject root) {
    Map<String, Integer> questionsPerCategory = new HashMap<>();
    Map<String, Set<String>> holders = new HashMap<>();
    for (JsonObject category : objects(root, "categories")) {
      String c = string(category, "key");
      List<JsonObject> questions = objects(category, "questions");
      questionsPerCategory.put(c, questions.size());
      for (JsonObject q : questions) {
        holders.computeIfAbsent(string(q, "key"), k -> new HashSet<>()).add(c);
      }
    }
    Map<String, Integer> wanted = new HashMap<>();
    for (JsonObject quiz : objects(root, "quizzes")) {
      for (JsonObject slot : objects(quiz, "slots")) {
        if (slot.get("random") instanceof JsonObject random) {
          String c = string(random, "category");
          wanted.merge(c, random.getInt("count", 0), Math::max);
        }
      }
    }
    JsonParser parser = JSON.createParser(new StringReader(json));
    String lastKey = null;
    while (parser.hasNext()) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.KEY_NAME) {
        lastKey = parser.getString();
      } else if (event == JsonParser.Event.VALUE_STRING && "question".equals(lastKey)) {
        String ref = parser.getString();
        int slash = ref.indexOf('/');
        String c = slash > 0 ? ref.substring(0, slash) : null;
        String q = slash > 0 ? ref.substring(slash + 1) : ref;
        Set<String> in = holders.getOrDefault(q, Set.of());
        if (c == null ? in.size() != 1 : !in.contains(c)) {
          contents.add(
              PackageReader.BANK,
              (int) parser.getLocation().getLineNumber(),
              "bankSlotQuestion",
              ref);
        }
      }
    }
    wanted.forEach(
        (c, n) -> {
          int have = questionsPerCategory.getOrDefault(c, 0);
          if (have < n) {
            contents.add(
                PackageReader.BANK,
                PackageReader.lineOf(json, "\"" + c + "\""),
                "bankDrawTooMany",
                n,
                c,
                have);
          }
        });
  }

  private static String string(JsonObject o, String field) {
    return o.get(field) instanceof JsonString s ? s.getString() : null;
  }

  private static List<JsonObject> objects(JsonObject o, String field) {
    List<JsonObject> result = new ArrayList<>();
    if (o.get(field) instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonObject child) {
          result.add(child);
        }
      }
    }
    return result;
  }
}
