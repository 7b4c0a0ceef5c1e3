package dk.tegn.courses.packaging;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.control.PackageFiles;
import dk.tegn.courses.packaging.control.PackageReader;
import dk.tegn.courses.packaging.control.StarterCurriculum;
import dk.tegn.courses.packaging.entity.CoursePackage;
import dk.tegn.i18n.LocalizedText;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StarterPackagesTest {

  private static final List<String> BOTH = List.of("da", "en");

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void starterPackageValidatesAgainstTheIndicatorCatalogue(String key) {
    PackageReader.Result read =
        PackageReader.read(StarterCurriculum.files(key), PackagingKit.catalogueKeys(), true);
    assertEquals(List.of(), read.problems());
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void starterPackageHasEveryTextInDanishAndEnglish(String key) {
    CoursePackage p = read(key);
    List<String> missing = new ArrayList<>();
    check(missing, "title", p.title());
    check(missing, "summary", p.summary());
    for (CoursePackage.Module m : p.modules()) {
      check(missing, m.key(), m.title());
      for (CoursePackage.Item i : m.items()) {
        for (TextField field : i.kind().fields()) {
          check(missing, m.key() + "/" + i.key() + " " + field, i.text(field));
        }
      }
    }
    collectBankGaps(JSON.createReader(new StringReader(p.bank())).readValue(), "bank", missing);
    assertEquals(List.of(), missing);
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void starterPackageHasTheIssuesShape(String key) {
    CoursePackage p = read(key);
    assertEquals(List.of("da", "en"), p.languages());
    assertTrue(p.modules().size() >= 4, "at least four modules");
    long modulesWithScenario =
        p.modules().stream()
            .filter(m -> m.items().stream().anyMatch(i -> i.kind() == ItemKind.SCENARIO))
            .count();
    assertTrue(modulesWithScenario >= 3, "scenario lessons in most modules");
    List<CoursePackage.Item> items = p.modules().stream().flatMap(m -> m.items().stream()).toList();
    assertTrue(items.stream().anyMatch(i -> i.key().equals("refer-a-case")), "referral lesson");
    assertTrue(items.stream().anyMatch(i -> i.key().equals("sources")), "sources lesson");
    assertEquals(ItemKind.QUIZ, items.get(items.size() - 1).kind(), "ends with the final quiz");

    JsonObject bank = JSON.createReader(new StringReader(p.bank())).readObject();
    JsonArray questions =
        bank.getJsonArray("categories").getJsonObject(0).getJsonArray("questions");
    assertTrue(questions.size() >= 30, "a bank of at least 30 questions");
    Set<String> types = new HashSet<>();
    questions.forEach(q -> types.add(q.asJsonObject().getString("type")));
    assertTrue(types.size() >= 5 && types.contains("scenario"), "several types: " + types);
    JsonObject quiz = bank.getJsonArray("quizzes").getJsonObject(0);
    assertTrue(quiz.getInt("passMarkPercent") > 0);
    assertTrue(quiz.getJsonArray("slots").getJsonObject(0).containsKey("random"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void jarCopyHoldsEveryFileOfTheSourceFolder(String key) {
    Map<String, byte[]> folder =
        PackageFiles.fromFolder(Path.of("src/main/resources/starter", key));
    assertEquals(folder.keySet(), StarterCurriculum.files(key).keySet());
  }

  private static CoursePackage read(String key) {
    return PackageReader.read(StarterCurriculum.files(key), null, true).coursePackage();
  }

  private static void check(List<String> missing, String where, LocalizedText text) {
    for (String language : BOTH) {
      if (text.exactly(language).map(String::isBlank).orElse(true)) {
        missing.add(where + " in " + language);
      }
    }
  }

  /** Every translated text of the bank (an object with "da" or "en") has both. */
  private static void collectBankGaps(JsonValue v, String where, List<String> missing) {
    if (v instanceof JsonObject o) {
      if (o.containsKey("da") || o.containsKey("en")) {
        for (String language : BOTH) {
          if (!o.containsKey(language) || o.getString(language).isBlank()) {
            missing.add(where + " in " + language);
          }
        }
        return;
      }
      o.forEach((k, child) -> collectBankGaps(child, where + "." + k, missing));
    } else if (v instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        collectBankGaps(a.get(i), where + "[" + i + "]", missing);
      }
    }
  }
}
