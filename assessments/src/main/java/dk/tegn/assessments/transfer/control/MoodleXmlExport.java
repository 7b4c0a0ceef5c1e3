package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Writes a bank file ({@link BankTransfer#export}) as Moodle XML: single choice and multiple
 * response as multichoice, true/false, matching and numeric, with general and per-answer feedback
 * and both languages as multilang spans; the question's key is its Moodle name and each category a
 * Moodle category named in its first language. What Moodle XML cannot carry is listed per question:
 * ordering and case questions (left out), audiences, and quizzes (Moodle XML holds questions only).
 */
public final class MoodleXmlExport {

  /** The Moodle XML file and what of the bank it does not hold. */
  public record Export(byte[] xml, int questions, List<Unmapped> left) {}

  private MoodleXmlExport() {}

  public static Export write(String bankFile, String fileName) {
    JsonObject bank;
    try (JsonReader reader = JSON.createReader(new StringReader(bankFile))) {
      bank = reader.readObject();
    }
    MoodleXmlWriter out = new MoodleXmlWriter();
    List<Unmapped> left = new ArrayList<>();
    int written = 0;
    for (JsonValue c : bank.getJsonArray("categories")) {
      JsonObject category = c.asJsonObject();
      Map<String, String> name = texts(category.getJsonObject("name"));
      out.category(
          (name.isEmpty() ? category.getString("key") : name.values().iterator().next())
              .replace("/", "//"),
          category.getString("key"));
      for (JsonValue v : category.getJsonArray("questions")) {
        JsonObject q = v.asJsonObject();
        String key = q.getString("key");
        if (q.containsKey("audiences") && !q.getJsonArray("audiences").isEmpty()) {
          left.add(
              new Unmapped(fileName, key, ContentProblem.of("unmapped.audiences", "Moodle XML")));
        }
        if (question(out, q, key)) {
          written++;
        } else {
          left.add(
              new Unmapped(
                  fileName,
                  key,
                  ContentProblem.of(
                      "unmapped.noFormatCounterpart", q.getString("type"), "Moodle XML")));
        }
      }
    }
    if (bank.containsKey("quizzes") && !bank.getJsonArray("quizzes").isEmpty()) {
      left.add(new Unmapped(fileName, "", ContentProblem.of("unmapped.quizzesMoodle")));
    }
    return new Export(out.bytes(), written, List.copyOf(left));
  }

  private static boolean question(MoodleXmlWriter out, JsonObject q, String key) {
    String type = q.getString("type");
    String text = MoodleXmlWriter.html(texts(q.getJsonObject("text")));
    Element question;
    switch (type) {
      case "single-choice", "multiple-response" -> {
        boolean single = type.equals("single-choice");
        question = out.question("multichoice", key, text);
        var choices = q.getJsonArray("choices").getValuesAs(JsonObject.class);
        long right = choices.stream().filter(ch -> ch.getBoolean("correct")).count();
        long wrong = choices.size() - right;
        for (JsonObject choice : choices) {
          boolean correct = choice.getBoolean("correct");
          double fraction =
              single ? (correct ? 100 : 0) : correct ? 100.0 / right : -100.0 / Math.max(1, wrong);
          out.answer(
              question,
              fraction,
              MoodleXmlWriter.html(texts(choice.getJsonObject("text"))),
              feedback(choice, "feedback"));
        }
        out.element(question, "single", String.valueOf(single));
        out.element(question, "shuffleanswers", "true");
        out.element(question, "answernumbering", "abc");
      }
      case "true-false" -> {
        question = out.question("truefalse", key, text);
        boolean answer = q.getBoolean("answer");
        out.answer(question, answer ? 100 : 0, "true", feedback(q, "trueFeedback"));
        out.answer(question, answer ? 0 : 100, "false", feedback(q, "falseFeedback"));
      }
      case "matching" -> {
        question = out.question("matching", key, text);
        for (JsonObject pair : q.getJsonArray("pairs").getValuesAs(JsonObject.class)) {
          Element sub =
              out.append(
                  question,
                  out.html(
                      "subquestion", MoodleXmlWriter.html(texts(pair.getJsonObject("prompt")))));
          Element answer = out.element(sub, "answer", "");
          out.element(answer, "text", MoodleXmlWriter.html(texts(pair.getJsonObject("match"))));
        }
        out.element(question, "shuffleanswers", "true");
      }
      case "numeric" -> {
        question = out.question("numerical", key, text);
        Element answer =
            out.answer(
                question, 100, q.getJsonNumber("answer").bigDecimalValue().toPlainString(), null);
        out.element(
            answer,
            "tolerance",
            q.containsKey("tolerance")
                ? q.getJsonNumber("tolerance").bigDecimalValue().toPlainString()
                : "0");
      }
      default -> {
        return false;
      }
    }
    String general = feedback(q, "generalFeedback");
    if (general != null) {
      question.insertBefore(
          out.html("generalfeedback", general),
          question.getElementsByTagName("questiontext").item(0).getNextSibling());
    }
    return true;
  }

  private static String feedback(JsonObject o, String field) {
    if (!o.containsKey(field) || o.isNull(field)) {
      return null;
    }
    Map<String, String> texts = texts(o.getJsonObject(field));
    return texts.isEmpty() ? null : MoodleXmlWriter.html(texts);
  }

  private static Map<String, String> texts(JsonObject text) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (text != null) {
      text.forEach(
          (language, value) -> {
            String s = ((jakarta.json.JsonString) value).getString();
            if (!s.isBlank()) {
              texts.put(language, s);
            }
          });
    }
    return texts;
  }
}
