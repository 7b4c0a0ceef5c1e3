package dk.tegn.web.assessments;

import static dk.tegn.web.assessments.QuizApi.json;
import static dk.tegn.web.assessments.QuizApi.key;
import static dk.tegn.web.assessments.QuizApi.keys;
import static dk.tegn.web.assessments.QuizApi.keysOf;
import static dk.tegn.web.assessments.QuizApi.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.WebClient;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Taking a quiz over the REST API on a real Payara Micro and MariaDB, as trainees' clients do: each
 * answer is saved when given and is there on resume, a double submit changes nothing, the server
 * submits an attempt whose time ran out, and the right answers stay on the server until the quiz's
 * review allows them. Every test imports its own bank through {@code POST /api/banks}.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptIT {

  @ArquillianResource URL base;

  QuizApi api;

  @BeforeEach
  void client() {
    api = new QuizApi(base);
  }

  @Test
  void everyAnswerSavedIsThereWhenTheTraineeComesBack() throws Exception {
    long quizId = api.importQuiz(true, "");
    HttpResponse<String> started = api.start("cadet01", quizId);
    assertEquals(200, started.statusCode(), started.body());
    JsonObject stamp = json(started);
    assertFalse(stamp.containsKey("questions"), "the start answers with the stamp: " + stamp);
    assertEquals(1, stamp.getInt("number"));
    assertEquals("IN_PROGRESS", stamp.getString("state"));
    assertTrue(stamp.containsKey("startedAt"), stamp.toString());
    JsonObject attempt = json(api.attempt("cadet01", stamp.getJsonNumber("id").longValue()));
    long id = attempt.getJsonNumber("id").longValue();
    String debt = key(attempt, 1, "Debt to the employer");
    assertEquals(200, api.save("cadet01", id, 1, keys(debt)).statusCode());
    assertEquals(200, api.save("cadet01", id, 3, "{\"number\": 30}").statusCode());

    JsonObject resumed = api.started("cadet01", quizId);
    assertEquals(id, resumed.getJsonNumber("id").longValue(), "the open attempt, not a new one");
    assertEquals(List.of(debt), keysOf(question(resumed, 1).get("response")));
    assertEquals(30, question(resumed, 3).getJsonObject("response").getInt("number"));
    assertFalse(question(resumed, 2).containsKey("response"), "slot 2 was never answered");
    assertEquals(
        question(attempt, 1).getJsonArray("options"),
        question(resumed, 1).getJsonArray("options"),
        "the option order is the one the attempt started with");
  }

  @Test
  void aQuestionFlaggedForReviewShowsAsFlaggedUntilTheFlagIsTakenAwayAndOnlyWhileOpen()
      throws Exception {
    long quizId = api.importQuiz(true, "");
    JsonObject attempt = api.started("cadet07", quizId);
    long id = attempt.getJsonNumber("id").longValue();
    assertFalse(question(attempt, 2).getBoolean("flagged"));
    HttpResponse<String> flagged = api.flag("cadet07", id, 2, true);
    assertEquals(200, flagged.statusCode(), flagged.body());
    assertTrue(json(flagged).getBoolean("flagged"), flagged.body());
    assertEquals(200, api.flag("cadet07", id, 2, true).statusCode(), "idempotent PUT");
    assertTrue(question(json(api.attempt("cadet07", id)), 2).getBoolean("flagged"));
    assertFalse(question(json(api.attempt("cadet07", id)), 1).getBoolean("flagged"));
    assertEquals(403, api.flag("cadet08", id, 2, false).statusCode(), "someone else's attempt");
    assertEquals(404, api.flag("cadet07", id, 99, true).statusCode(), "no such question");
    HttpResponse<String> removed = api.flag("cadet07", id, 2, false);
    assertEquals(200, removed.statusCode(), removed.body());
    assertFalse(question(json(api.attempt("cadet07", id)), 2).getBoolean("flagged"));
    api.submit("cadet07", id);
    assertEquals(409, api.flag("cadet07", id, 1, true).statusCode(), "not after submission");
  }

  @Test
  void savingTheSameAnswerAgainIsHarmlessAndTheLastAnswerCounts() throws Exception {
    long quizId = api.importQuiz(true, "");
    JsonObject attempt = api.started("cadet02", quizId);
    long id = attempt.getJsonNumber("id").longValue();
    String wrong = key(attempt, 1, "A fixed wage");
    String right = key(attempt, 1, "Debt to the employer");
    assertEquals(200, api.save("cadet02", id, 1, keys(wrong)).statusCode());
    assertEquals(200, api.save("cadet02", id, 1, keys(wrong)).statusCode(), "idempotent PUT");
    assertEquals(200, api.save("cadet02", id, 1, keys(right)).statusCode());
    JsonObject result = json(api.submit("cadet02", id));
    assertEquals(25, result.getInt("scorePercent"), "one of four questions right");
  }

  @Test
  void submittingTwiceChangesNothingAndSaysSo() throws Exception {
    long quizId = api.importQuiz(true, "");
    JsonObject attempt = api.started("cadet03", quizId);
    long id = attempt.getJsonNumber("id").longValue();
    api.save("cadet03", id, 2, keys("false"));
    HttpResponse<String> first = api.submit("cadet03", id);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(25, json(first).getInt("scorePercent"));

    HttpResponse<String> second = api.submit("cadet03", id);
    assertEquals(409, second.statusCode());
    assertEquals("conflict", json(second).getString("error"));
    assertTrue(json(second).getString("message").contains("already submitted"), second.body());

    HttpResponse<String> late =
        api.save("cadet03", id, 1, keys(key(attempt, 1, "Debt to the employer")));
    assertEquals(409, late.statusCode(), "no answer after submission");
    JsonObject after = json(api.attempt("cadet03", id));
    assertEquals(25, after.getInt("scorePercent"), "the result did not change");
    assertFalse(question(after, 1).containsKey("response"));
  }

  @Test
  void theServerSubmitsAnAttemptWhoseTimeRanOutWithTheAnswersSavedInTime() throws Exception {
    long quizId = api.importQuiz(true, "\"timeLimitSeconds\": 5");
    JsonObject attempt = api.started("cadet04", quizId);
    long id = attempt.getJsonNumber("id").longValue();
    assertTrue(attempt.getInt("secondsLeft") <= 5, attempt.toString());
    assertEquals(200, api.save("cadet04", id, 2, keys("false")).statusCode());

    // nobody asks for the attempt: the server's own timer must submit it
    new FluentWait<>(id)
        .withTimeout(Duration.ofSeconds(90))
        .pollingEvery(Duration.ofMillis(500))
        .withMessage("attempt submitted by the server's timer")
        .until(attemptId -> "SUBMITTED".equals(stateInDatabase(attemptId)));

    HttpResponse<String> late = api.save("cadet04", id, 3, "{\"number\": 30}");
    assertEquals(409, late.statusCode(), "no answer after the time ran out");
    JsonObject result = json(api.attempt("cadet04", id));
    assertEquals("SUBMITTED", result.getString("state"));
    assertEquals("TIME_LIMIT", result.getString("finishedBy"));
    assertEquals(25, result.getInt("scorePercent"), "the answer saved in time counts");
  }

  @Test
  void theRightAnswersStayOnTheServerUntilTheReviewAllowsThem() throws Exception {
    long quizId =
        api.importQuiz(
            true,
            """
            "review": {"score": "after-attempt", "rightAnswers": "after-close", "feedback": "after-close"},
            "closeAt": "2099-01-01T00:00:00Z"
            """);
    HttpResponse<String> started =
        api.attempt("cadet05", json(api.start("cadet05", quizId)).getJsonNumber("id").longValue());
    JsonObject attempt = json(started);
    long id = attempt.getJsonNumber("id").longValue();
    assertNoAnswerGivenAway(started.body());
    assertFalse(started.body().contains("\"fraction\""), "no score per question while answering");
    for (int slot = 1; slot <= 4; slot++) {
      Set<String> shown =
          Set.copyOf(
              question(attempt, slot).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                  .map(o -> o.getString("key"))
                  .toList());
      assertFalse(shown.contains("a"), "the author's option keys stay on the server: " + shown);
    }
    api.save("cadet05", id, 1, keys(key(attempt, 1, "Debt to the employer")));
    assertNoAnswerGivenAway(api.attempt("cadet05", id).body());

    HttpResponse<String> submitted = api.submit("cadet05", id);
    assertEquals(
        25, json(submitted).getInt("scorePercent"), "the score is shown after the attempt");
    assertNoAnswerGivenAway(submitted.body());
    assertFalse(submitted.body().contains("Right: debt binds"), "no feedback before the close");
  }

  @Test
  void aReviewAfterTheAttemptShowsTheRightAnswersAndFeedback() throws Exception {
    long quizId = api.importQuiz(true, "");
    JsonObject attempt = api.started("cadet06", quizId);
    long id = attempt.getJsonNumber("id").longValue();
    assertNoAnswerGivenAway(attempt.toString());
    String debt = key(attempt, 1, "Debt to the employer");
    api.save("cadet06", id, 1, keys(debt));
    JsonObject result = json(api.submit("cadet06", id));
    assertEquals(List.of(debt), keysOf(question(result, 1).get("rightAnswer")));
    assertEquals(List.of("false"), keysOf(question(result, 2).get("rightAnswer")));
    assertTrue(result.toString().contains("Right: debt binds"), "per-choice feedback");
  }

  @Test
  void onlyTheTraineeWhoseAttemptItIsMayReadAnswerOrSubmitIt() throws Exception {
    long quizId = api.importQuiz(true, "");
    long id = json(api.start("cadet07", quizId)).getJsonNumber("id").longValue();
    assertEquals(403, api.attempt("cadet08", id).statusCode());
    assertEquals(403, api.save("cadet08", id, 2, keys("false")).statusCode());
    assertEquals(403, api.submit("cadet08", id).statusCode());
    assertEquals("IN_PROGRESS", json(api.attempt("cadet07", id)).getString("state"));
  }

  /**
   * The quiz's resource is one for the application, not one per request (issue 18 §2): trainees
   * pressing start at the same moment each get an attempt of their own, read with their own caller,
   * never another's.
   */
  @Test
  void traineesStartingAtTheSameMomentEachGetAnAttemptOfTheirOwn() throws Exception {
    long quizId = api.importQuiz(true, "");
    WebClient web = new WebClient(base);
    String run = UUID.randomUUID().toString().substring(0, 6);
    List<String> trainees = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String trainee = "both-" + run + "-" + i;
      assertEquals(200, web.get("it/courses?action=trainee&username=" + trainee).statusCode());
      // each signed in before the signal (and its client made here, not by eight threads at once)
      assertEquals(
          200, api.send(trainee, "GET", "api/quizzes/" + quizId, null).statusCode(), trainee);
      trainees.add(trainee);
    }
    ExecutorService hall = Executors.newFixedThreadPool(trainees.size());
    try {
      CountDownLatch signal = new CountDownLatch(1);
      List<Future<Long>> started = new ArrayList<>();
      for (String trainee : trainees) {
        started.add(
            hall.submit(
                () -> {
                  signal.await();
                  HttpResponse<String> start = api.start(trainee, quizId);
                  assertEquals(200, start.statusCode(), trainee + ": " + start.body());
                  return json(start).getJsonNumber("id").longValue();
                }));
      }
      signal.countDown();
      Set<Long> ids = new HashSet<>();
      for (int i = 0; i < trainees.size(); i++) {
        long id = started.get(i).get(60, TimeUnit.SECONDS);
        ids.add(id);
        String owner = trainees.get(i);
        String other = trainees.get((i + 1) % trainees.size());
        assertEquals(200, api.attempt(owner, id).statusCode(), owner + " reads their attempt");
        assertEquals(403, api.attempt(other, id).statusCode(), other + " may not read " + owner);
      }
      assertEquals(trainees.size(), ids.size(), "one attempt each: " + ids);
    } finally {
      hall.shutdownNow();
    }
  }

  @Test
  void aQuizOfAnotherOrganisationIsNotOpenToTheTraineeButToItsTrainer() throws Exception {
    long quizId = api.importQuiz(false, "");
    HttpResponse<String> refused = api.start("cadet09", quizId);
    assertEquals(403, refused.statusCode(), refused.body());
    // a start is answered from the start queue (AttemptStarts): the refusal is still the API's JSON
    assertTrue(refused.body().contains("\"error\""), refused.body());
    assertEquals(403, api.send("cadet09", "GET", "api/quizzes/" + quizId, null).statusCode());
    HttpResponse<String> trainer = api.start("trainer", quizId);
    assertEquals(200, trainer.statusCode(), "the author tries it as a trainee: " + trainer.body());
  }

  /**
   * The attempt prepared before the signal (issue 18 §2): preparing twice writes one, it shows as
   * no attempt and no question until the start, which stamps that very attempt; a trainee of
   * another organisation is refused as at the start.
   */
  @Test
  void anAttemptPreparedBeforeTheStartIsTheOneTheStartStarts() throws Exception {
    long quizId = api.importQuiz(true, "");
    String prepared = "api/quizzes/" + quizId + "/attempts/prepared";
    assertEquals(204, api.send("cadet11", "PUT", prepared, null).statusCode());
    assertEquals(204, api.send("cadet11", "PUT", prepared, null).statusCode(), "twice: a no-op");
    List<Long> ids = preparedInDatabase(quizId);
    assertEquals(1, ids.size(), "one prepared attempt");
    JsonObject standing = json(api.send("cadet11", "GET", "api/quizzes/" + quizId, null));
    assertTrue(standing.getJsonArray("attempts").isEmpty(), standing.toString());
    assertEquals(404, api.attempt("cadet11", ids.get(0)).statusCode(), "no question before it");

    HttpResponse<String> started = api.start("cadet11", quizId);
    assertEquals(200, started.statusCode(), started.body());
    JsonObject attempt = json(started);
    assertEquals(ids.get(0).longValue(), attempt.getJsonNumber("id").longValue());
    assertEquals(1, attempt.getInt("number"));
    assertFalse(attempt.containsKey("questions"), "the stamp only: " + attempt);
    assertEquals(4, json(api.attempt("cadet11", ids.get(0))).getJsonArray("questions").size());
    assertEquals("IN_PROGRESS", stateInDatabase(ids.get(0)));
    assertTrue(preparedInDatabase(quizId).isEmpty());

    long foreign = api.importQuiz(false, "");
    HttpResponse<String> refused =
        api.send("cadet12", "PUT", "api/quizzes/" + foreign + "/attempts/prepared", null);
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"error\""), refused.body());
  }

  @Test
  void aBadBankFileIsRefusedWithItsLinesAndNothingIsImported() throws Exception {
    String file =
        QuizApi.bankFile("it-bad-" + System.nanoTime(), "")
            .replace("\"correct\": true", "\"correct\": false");
    HttpResponse<String> refused = api.importBank(file, true, "trainer");
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject body = json(refused);
    assertEquals("invalidBankFile", body.getString("error"));
    String problems = body.getJsonArray("problems").toString();
    assertTrue(problems.contains("line "), problems);
    assertTrue(problems.contains("needs at least one correct choice"), problems);
    assertEquals(403, api.importBank(QuizApi.bankFile("it-x", ""), true, "cadet10").statusCode());
  }

  private static void assertNoAnswerGivenAway(String attemptJson) {
    assertFalse(attemptJson.contains("\"rightAnswer\""), attemptJson);
    assertFalse(attemptJson.contains("\"correct\""), attemptJson);
    assertNotEquals(-1, attemptJson.indexOf("\"options\""), "the options themselves are there");
  }

  private static List<Long> preparedInDatabase(long quizId) {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("tegn.db.url"),
                System.getProperty("tegn.db.user"),
                System.getProperty("tegn.db.password"));
        PreparedStatement s =
            c.prepareStatement(
                "select id from asm_attempt where quiz_id = ? and state = 'PREPARED'")) {
      s.setLong(1, quizId);
      List<Long> ids = new java.util.ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stateInDatabase(long attemptId) {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("tegn.db.url"),
                System.getProperty("tegn.db.user"),
                System.getProperty("tegn.db.password"));
        PreparedStatement s = c.prepareStatement("select state from asm_attempt where id = ?")) {
      s.setLong(1, attemptId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
