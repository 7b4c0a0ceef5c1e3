package dk.tegn.courses.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.control.PackageReader;
import dk.tegn.courses.packaging.control.StarterCurriculum;
import dk.tegn.courses.packaging.entity.CoursePackage;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One glossary for the course and the form: where a starter course quotes the referral form (as
 * »label« in Danish, “label” in English), it quotes the label the form shows, from the intake
 * bundles; the {@code refer-a-case} lessons walk through the form's steps in the form's order, and
 * the {@code refer-steps} ordering questions put the form's steps in that order.
 */
class StarterGlossaryTest {

  private static final List<String> BOTH = List.of("da", "en");
  private static final Map<String, Pattern> QUOTE =
      Map.of("da", Pattern.compile("»([^«]+)«"), "en", Pattern.compile("“([^”]+)”"));

  /** The wordings the review found in place of the form's labels (issue 12). */
  private static final Map<String, List<String>> NOT_THE_FORMS_WORDS =
      Map.of(
          "da",
          List.of(
              "tyder på",
              "Det, du så og hørte",
              "måske under 18",
              "observeret",
              "Tvungen tiggeri",
              // the form asks whether the referrer notified; it never says the centre does it
              "inddrager kommunen"),
          "en",
          List.of("What you saw and heard", "involves the municipality"));

  /** The labels every refer-a-case lesson quotes (the form's steps and the issue's pairs). */
  private static final List<String> TAUGHT =
      List.of(
          "refer_new.safety.question",
          "refer_new.meeting",
          "refer_new.person",
          "AgeCategory.POSSIBLY_CHILD",
          "refer_new.exploitation",
          "refer_new.you",
          "refer_new.consent.question",
          "refer_new.childNotification",
          "refer_new.identifying",
          "refer_new.narrative",
          "refer_new.indicators",
          "Answer.OBSERVED",
          "Answer.NOT_OBSERVED",
          "Answer.UNKNOWN",
          "refer_new.signal",
          "refer_new.review",
          "refer_new.send");

  /**
   * One term per concept, in every course, every quiz item, the referral form's bundles and the
   * case library: none of the variants listed in {@code glossary/terms.tsv} (wrong gender, calques,
   * an authority's word used for an employer, second names for one thing) appears in the language
   * it is listed for.
   */
  @Test
  void oneTermPerConceptInCoursesQuizzesAndTheForm() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String[] rule : variants()) {
      String language = rule[0];
      int flags = Pattern.UNICODE_CHARACTER_CLASS;
      if (rule[1].equals("i")) {
        flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      }
      Pattern variant = Pattern.compile(rule[2], flags);
      Map<String, String> all = new HashMap<>();
      for (String key : List.of("police", "embassy", "health")) {
        texts(key, language).forEach((where, text) -> all.put(key + " " + where, text));
      }
      props(language)
          .forEach((k, v) -> all.put("IntakeMessages_" + language + " " + k, (String) v));
      all.putAll(caseLibrary(language));
      all.forEach(
          (where, text) -> {
            Matcher m = variant.matcher(text);
            if (m.find()) {
              wrong.add(
                  where
                      + " ("
                      + language
                      + "): '"
                      + m.group()
                      + "': use '"
                      + rule[3]
                      + "' ("
                      + rule[4]
                      + ")");
            }
          });
    }
    wrong.sort(null);
    assertEquals(List.of(), wrong);
  }

  /** The rules of glossary/terms.tsv, each {language, i|s, regex, use instead, why}. */
  private static List<String[]> variants() throws IOException {
    List<String[]> rules = new ArrayList<>();
    try (InputStream in = StarterGlossaryTest.class.getResourceAsStream("/glossary/terms.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] rule = line.split("\t");
          assertEquals(5, rule.length, "five columns: " + line);
          rules.add(rule);
        }
      }
    }
    assertTrue(rules.size() >= 20, "the glossary lists the variants: " + rules.size());
    return rules;
  }

  /** Every text of the case library (platform/intake) in a language, by file and position. */
  private static Map<String, String> caseLibrary(String language) throws IOException {
    Map<String, String> texts = new HashMap<>();
    Path cases = Path.of("../platform/intake/src/main/resources/dk/tegn/intake/cases");
    try (var files = Files.list(cases)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
        StringBuilder all = new StringBuilder();
        collect(
            jakarta.json.Json.createReader(new java.io.StringReader(Files.readString(f)))
                .readValue(),
            language,
            all);
        texts.put("cases/" + f.getFileName(), all.toString());
      }
    }
    assertTrue(texts.size() >= 4, "the case library is read: " + texts.keySet());
    return texts;
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void everyQuotedFormLabelIsTheFormsOwn(String key) {
    List<String> wrong = new ArrayList<>();
    for (String language : BOTH) {
      Set<String> labels = labels(language).keySet();
      for (Map.Entry<String, String> text : texts(key, language).entrySet()) {
        Matcher m = QUOTE.get(language).matcher(text.getValue());
        while (m.find()) {
          if (!labels.contains(m.group(1))) {
            wrong.add(
                text.getKey() + " (" + language + "): '" + m.group(1) + "' is not a form label");
          }
        }
        for (String word : NOT_THE_FORMS_WORDS.get(language)) {
          if (text.getValue().toLowerCase().contains(word.toLowerCase())) {
            wrong.add(text.getKey() + " (" + language + "): says '" + word + "'");
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy", "health"})
  void referACaseTeachesTheFormsStepsInTheFormsOrder(String key) {
    for (String language : BOTH) {
      String lesson =
          texts(key, language).entrySet().stream()
              .filter(e -> e.getKey().endsWith("/refer-a-case"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow();
      List<String> quoted = new ArrayList<>();
      Matcher m = QUOTE.get(language).matcher(lesson);
      while (m.find()) {
        quoted.add(m.group(1));
      }
      for (String taught : TAUGHT) {
        String label = props(language).getProperty(taught);
        assertTrue(
            quoted.contains(label),
            key + " refer-a-case (" + language + ") quotes »" + label + "«");
      }
      List<String> steps =
          quoted.stream().map(q -> formKey(language, q)).filter(k -> k != null).distinct().toList();
      assertEquals(
          formOrder().stream().filter(steps::contains).toList(),
          steps,
          key + " refer-a-case (" + language + ") follows the form's order");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"police", "embassy"})
  void referStepsOrdersTheFormsStepsAsTheFormDoes(String key) {
    JsonObject question =
        StarterStandardTest.questions(StarterStandardTest.bank(key)).stream()
            .map(JsonValue::asJsonObject)
            .filter(q -> q.getString("key").equals("refer-steps"))
            .findFirst()
            .orElseThrow();
    for (String language : BOTH) {
      List<String> keys = new ArrayList<>();
      for (JsonValue item : question.getJsonArray("items")) {
        String text = item.asJsonObject().getJsonObject("text").getString(language);
        String formKey = formKey(language, text);
        assertTrue(
            formKey != null, "refer-steps item '" + text + "' is a label of the form's page");
        keys.add(formKey);
      }
      assertEquals(
          formOrder().stream().filter(keys::contains).toList(), keys, key + " " + language);
      assertTrue(keys.size() >= 5, "at least five steps");
    }
  }

  @Test
  void theFormOrderIsReadFromTheForm() {
    List<String> order = formOrder();
    assertTrue(
        order.indexOf("refer_new.consent.question") < order.indexOf("refer_new.indicators"),
        "consent comes before the indicators on the form: " + order);
    assertTrue(order.indexOf("refer_new.you") < order.indexOf("refer_new.consent.question"));
  }

  // --- the form

  /** The intake bundle's message keys in the order the referral page first shows them. */
  private static List<String> formOrder() {
    Path page = Path.of("../platform/intake/src/main/resources/META-INF/resources/refer/new.xhtml");
    Set<String> order = new LinkedHashSet<>();
    try {
      Matcher m = Pattern.compile("im\\['([A-Za-z_.]+)'\\]").matcher(Files.readString(page));
      while (m.find()) {
        order.add(m.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(order);
  }

  /** The first key on the referral page whose label in the language is the text, or null. */
  private static String formKey(String language, String text) {
    Properties p = props(language);
    return formOrder().stream()
        .filter(k -> text.equals(p.getProperty(k, "").replace("''", "'")))
        .findFirst()
        .orElse(null);
  }

  /** Every label of the referral form and its choices in a language, to its bundle key. */
  private static Map<String, String> labels(String language) {
    Map<String, String> labels = new HashMap<>();
    props(language)
        .forEach(
            (k, v) -> {
              String value = ((String) v).replace("''", "'");
              if (!value.contains("{")) {
                labels.putIfAbsent(value, (String) k);
              }
            });
    return labels;
  }

  private static Properties props(String language) {
    Properties p = new Properties();
    String name = "/dk/tegn/i18n/IntakeMessages_" + language + ".properties";
    try (InputStream in = StarterGlossaryTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  // --- the course

  /** Every text of the course in a language, by "module/item" or "bank:question". */
  private static Map<String, String> texts(String key, String language) {
    CoursePackage p = PackageReader.read(StarterCurriculum.files(key), null, true).coursePackage();
    Map<String, String> texts = new HashMap<>();
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        StringBuilder all = new StringBuilder();
        for (TextField field : i.kind().fields()) {
          all.append(i.text(field).exactly(language).orElse("")).append('\n');
        }
        texts.put(m.key() + "/" + i.key(), all.toString());
      }
    }
    for (JsonValue q : StarterStandardTest.questions(StarterStandardTest.bank(key))) {
      StringBuilder all = new StringBuilder();
      collect(q, language, all);
      texts.put("bank:" + q.asJsonObject().getString("key"), all.toString());
    }
    return texts;
  }

  private static void collect(JsonValue v, String language, StringBuilder into) {
    if (v instanceof JsonObject o) {
      if (o.get(language) instanceof JsonString s) {
        into.append(s.getString()).append('\n');
        return;
      }
      o.values().forEach(child -> collect(child, language, into));
    } else if (v.getValueType() == JsonValue.ValueType.ARRAY) {
      v.asJsonArray().forEach(child -> collect(child, language, into));
    }
  }
}
