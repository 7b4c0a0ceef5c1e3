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
            ]
          }],
          "quizzes": [{
            "key": "%1$s-quiz",
            "title": {"da": "Prøve %1$s", "en": "Quiz %1$s"},
            "passMarkPercent": 80,
            %2$s
            "slots": [{"question": "%1$s/debt"}, {"question": "%1$s/tf"},
                      {"question": "%1$s/period"}, {"question": "%1$s/signs"}]
          }]
        }
        """
        .formatted(key, quizSettings.isBlank() ? "" : quizSettings.strip() + ",");
  }

  public HttpResponse<String> start(String username, long quizId)
      throws IOException, InterruptedException {
    return send(username, "POST", "api/quizzes/" + quizId + "/attempts", null);
  }

  public HttpResponse<String> save(String username, long attemptId, int slot, String response)
      throws IOException, InterruptedException {
    return send(username, "PUT", "api/attempts/" + attemptId + "/answers/" + slot, response);
  }

  public HttpResponse<String> submit(String username, long attemptId)
      throws IOException, InterruptedException {
    return send(username, "POST", "api/attempts/" + attemptId + "/submit", null);
  }

  HttpResponse<String> attempt(String username, long attemptId)
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
