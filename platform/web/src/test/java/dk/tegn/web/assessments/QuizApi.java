package dk.tegn.web.assessments;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.web.testing.WebClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assessments REST API as a trainer's script and a trainee's client use it: a trainer imports a
 * small bank (four questions, one quiz) with settings chosen by the test; trainees start, answer
 * and submit over HTTP Basic.
 */
public final class QuizApi {

  static final String PASSWORD = "tegn-demo";

  private final URL base;

  /** One client (and so one cookie jar and session) per account, as each person has their own. */
  private final Map<String, WebClient> clients = new HashMap<>();

  public QuizApi(URL base) {
    this.base = base;
  }

  /**
   * Imports, as the demo trainer, a fresh category of four questions (single choice "debt",
   * true/false "tf", numeric "period", multiple response "signs") and one quiz holding them in that
   * order.
   *
   * @param quizSettings JSON members added to the quiz, e.g. {@code "timeLimitSeconds": 5}
   * @return the quiz id
   */
  public long importQuiz(boolean shared, String quizSettings)
      throws IOException, InterruptedException {
    String key = "it-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> imported = importBank(bankFile(key, quizSettings), shared, "trainer");
    assertEquals(201, imported.statusCode(), imported.body());
    return json(imported).getJsonObject("quizIds").getJsonNumber(key + "-quiz").longValue();
  }

  HttpResponse<String> importBank(String file, boolean shared, String username)
      throws IOException, InterruptedException {
    return send(username, "POST", "api/banks" + (shared ? "?shared=true" : ""), file);
  }

  static String bankFile(String key, String quizSettings) {
    return bankFile(
        key,
        quizSettings,
        "",
        """
        [{"question": "%1$s/debt"}, {"question": "%1$s/tf"},
         {"question": "%1$s/period"}, {"question": "%1$s/signs"}]""");
  }

  /**
   * The four questions above, then {@code moreQuestions} (JSON members, each starting with a
   * comma), and a quiz of {@code slots} (a JSON array where %1$s is the category key).
   */
  static String bankFile(String key, String quizSettings, String moreQuestions, String slots) {
    return """
        {
          "format": "tegn-bank/1",
          "categories": [{
            "key": "%1$s",
            "name": {"da": "Indikatorer (test)", "en": "Indicators (test)"},
            "questions": [
              {"key": "debt", "type": "single-choice",
               "text": {"da": "Hvilket tegn peger på gældsbinding?", "en": "Which sign points to debt bondage?"},
               "generalFeedback": {"da": "Gæld bruges til kontrol.", "en": "Debt is used for control."},
               "choices": [
                 {"key": "a", "text": {"da": "Gæld til arbejdsgiveren", "en": "Debt to the employer"},
                  "correct": true, "feedback": {"da": "Rigtigt", "en": "Right: debt binds"}},
                 {"key": "b", "text": {"da": "Fast løn", "en": "A fixed wage"}, "correct": false},
                 {"key": "c", "text": {"da": "Egen lejlighed", "en": "An own flat"}, "correct": false}]},
              {"key": "tf", "type": "true-false",
               "text": {"da": "Et barn kan give samtykke til at blive udnyttet", "en": "A child can consent to being exploited"},
               "answer": false},
              {"key": "period", "type": "numeric",
               "text": {"da": "Hvor mange dage er refleksionsperioden?", "en": "How many days is the reflection period?"},
               "answer": 30, "tolerance": 0},
              {"key": "signs", "type": "multiple-response",
               "text": {"da": "Vælg alle tegn", "en": "Pick every sign"},
               "choices": [
                 {"key": "a", "text": {"da": "Pas inddraget", "en": "Passport taken"}, "correct": true},
                 {"key": "b", "text": {"da": "Trusler", "en": "Threats"}, "correct": true},
                 {"key": "c", "text": {"da": "Ferie", "en": "Holidays"}, "correct": false}]}
              %3$s
            ]
          }],
          "quizzes": [{
            "key": "%1$s-quiz",
            "title": {"da": "Prøve %1$s", "en": "Quiz %1$s"},
            "passMarkPercent": 80,
            %2$s
            "slots": %4$s
          }]
        }
        """
        .formatted(
            key,
            quizSettings.isBlank() ? "" : quizSettings.strip() + ",",
            moreQuestions,
            slots.formatted(key));
  }

  /**
   * Imports, as the demo trainer, a quiz of every question type the bank format has, in this order
   * and not shuffled: single choice, true/false, multiple response, numeric, matching, ordering
   * (three items) and a case of a true/false and a single-choice part; four to a page, 30 minutes.
   *
   * @return the quiz id
   */
  public long importEveryTypeQuiz() throws IOException, InterruptedException {
    String key = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String file =
        bankFile(
            key,
            "\"questionsPerPage\": 4, \"shuffleChoices\": false, \"timeLimitSeconds\": 1800",
            """
            ,{"key": "match", "type": "matching",
               "text": {"da": "Sæt fase og tegn sammen", "en": "Match each stage to its sign"},
               "pairs": [
                 {"key": "p1", "prompt": {"da": "Rekruttering", "en": "Recruitment"},
                  "match": {"da": "Falsk jobopslag", "en": "Fake job offer"}},
                 {"key": "p2", "prompt": {"da": "Kontrol", "en": "Control"},
                  "match": {"da": "Inddraget pas", "en": "Passport withheld"}}]},
              {"key": "order", "type": "ordering",
               "text": {"da": "Sæt skridtene i rækkefølge", "en": "Put the steps in order"},
               "items": [
                 {"key": "safety", "text": {"da": "Sikkerhed", "en": "Safety"}},
                 {"key": "talk", "text": {"da": "Samtale", "en": "Talk"}},
                 {"key": "refer", "text": {"da": "Henvis", "en": "Refer"}}]},
              {"key": "scene", "type": "scenario",
               "text": {"da": "En ung kvinde i en massageklinik", "en": "A young woman in a massage clinic"},
               "subQuestions": [
                 {"key": "s1", "type": "true-false",
                  "text": {"da": "Samtykke udelukker menneskehandel", "en": "Consent rules out trafficking"},
                  "answer": false},
                 {"key": "s2", "type": "single-choice",
                  "text": {"da": "Hvad gør du først?", "en": "What do you do first?"},
                  "choices": [
                    {"key": "call", "text": {"da": "Ring 112 ved fare", "en": "Call 112 if in danger"},
                     "correct": true},
                    {"key": "leave", "text": {"da": "Gå", "en": "Leave"}, "correct": false}]}]}""",
            """
            [{"question": "%1$s/debt"}, {"question": "%1$s/tf"}, {"question": "%1$s/signs"},
             {"question": "%1$s/period"}, {"question": "%1$s/match"}, {"question": "%1$s/order"},
             {"question": "%1$s/scene"}]""");
    HttpResponse<String> imported = importBank(file, true, "trainer");
    assertEquals(201, imported.statusCode(), imported.body());
    return json(imported).getJsonObject("quizIds").getJsonNumber(key + "-quiz").longValue();
  }

  public HttpResponse<String> start(String username, long quizId)
      throws IOException, InterruptedException {
    return send(username, "POST", "api/quizzes/" + quizId + "/attempts", null);
  }

  /**
   * Starts (or resumes) and reads the attempt, as a client does: the start answers with the stamp
   * only, the questions come with {@code GET /api/attempts/{id}}.
   */
  public JsonObject started(String username, long quizId) throws IOException, InterruptedException {
    HttpResponse<String> started = start(username, quizId);
    assertEquals(200, started.statusCode(), started.body());
    HttpResponse<String> attempt = attempt(username, json(started).getJsonNumber("id").longValue());
    assertEquals(200, attempt.statusCode(), attempt.body());
    return json(attempt);
  }

  public HttpResponse<String> save(String username, long attemptId, int slot, String response)
      throws IOException, InterruptedException {
    return send(username, "PUT", "api/attempts/" + attemptId + "/answers/" + slot, response);
  }

  public HttpResponse<String> submit(String username, long attemptId)
      throws IOException, InterruptedException {
    return send(username, "POST", "api/attempts/" + attemptId + "/submit", null);
  }

  HttpResponse<String> flag(String username, long attemptId, int slot, boolean flagged)
      throws IOException, InterruptedException {
    return send(
        username,
        "PUT",
        "api/attempts/" + attemptId + "/flags/" + slot,
        "{\"flagged\": " + flagged + "}");
  }

  public HttpResponse<String> attempt(String username, long attemptId)
      throws IOException, InterruptedException {
    return send(username, "GET", "api/attempts/" + attemptId, null);
  }

  public HttpResponse<String> send(String username, String method, String path, String body)
      throws IOException, InterruptedException {
    WebClient client = clients.computeIfAbsent(username, u -> new WebClient(base));
    HttpRequest.Builder request =
        client
            .request(path)
            .header("Authorization", WebClient.basic(username, PASSWORD))
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return client.send(request);
  }

  public static JsonObject json(HttpResponse<String> response) {
    return JSON.createReader(new StringReader(response.body())).readObject();
  }

  /** The public key the attempt shows for the option with this (English) text. */
  public static String key(JsonObject attempt, int slot, String optionText) {
    return question(attempt, slot).getJsonArray("options").getValuesAs(JsonObject.class).stream()
        .filter(o -> optionText.equals(o.getString("text", null)))
        .map(o -> o.getString("key"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option '" + optionText + "' in slot " + slot));
  }

  static JsonObject question(JsonObject attempt, int slot) {
    return attempt.getJsonArray("questions").getJsonObject(slot - 1);
  }

  public static String keys(String... keys) {
    return JSON.createObjectBuilder()
        .add("keys", JSON.createArrayBuilder(List.of(keys)))
        .build()
        .toString();
  }

  static List<String> keysOf(JsonValue response) {
    return response.asJsonObject().getJsonArray("keys").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
