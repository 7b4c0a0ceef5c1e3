package dk.tegn.web.xapi;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.xapi.control.TestLrs;
import dk.tegn.web.assessments.QuizApi;
import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.LearnerReport;
import dk.tegn.web.testing.SharedBrowser;
import dk.tegn.web.testing.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The xAPI journey on a real Payara Micro, with a real LRS process (Node.js, validating every
 * statement with Learning Locker's xAPI validator): an administrator points the organisation at the
 * LRS, a trainee takes a course and its quiz, and the LRS receives valid statements; while the LRS
 * is down the trainee takes the quiz again, and once it is back every statement arrives, none lost
 * and none twice. An analyst pulls the same statements from Tegn's statements resource.
 */
@ExtendWith(ArquillianExtension.class)
class XapiIT {

  static final String ADL = "http://adlnet.gov/expapi/verbs/";

  static TestLrs lrs;

  @RegisterExtension static final SharedBrowser BROWSER = new SharedBrowser("en");

  @ArquillianResource URL base;

  @BeforeAll
  static void startLrs() {
    lrs = TestLrs.started();
  }

  @AfterAll
  static void stopLrs() {
    lrs.close();
  }

  @Test
  void theLrsReceivesEveryValidStatementOnceThoughItIsDownForAWhile() throws Exception {
    QuizApi api = new QuizApi(base);
    long quizId = api.importQuiz(true, "");
    String[] arranged = get("it/xapi?quiz=" + quizId).split(" ");
    long organisation = Long.parseLong(arranged[0]);
    String admin = arranged[1];
    String coordinator = arranged[2];
    String trainee = arranged[3];
    long course = Long.parseLong(arranged[4]);

    // the administrator sets the LRS; a bad address is refused, the secret never comes back
    String lrsPath = "api/admin/xapi/" + organisation + "/lrs";
    HttpResponse<String> bad =
        api.send(admin, "PUT", lrsPath, settings("ftp://lrs.example.org/", TestLrs.SECRET));
    assertEquals(400, bad.statusCode(), bad.body());
    HttpResponse<String> set =
        api.send(admin, "PUT", lrsPath, settings(lrs.endpoint(), TestLrs.SECRET));
    assertEquals(200, set.statusCode(), set.body());
    assertFalse(set.body().contains(TestLrs.SECRET));
    assertTrue(QuizApi.json(api.send(admin, "GET", lrsPath, null)).getBoolean("secretStored"));
    assertEquals(403, api.send(coordinator, "GET", lrsPath, null).statusCode());

    // the trainee enters the course (launched; its first lesson opens: experienced), passes the
    // quiz
    WebClient browser = new WebClient(base);
    browser.signIn(trainee, XapiItSupport.PASSWORD);
    assertEquals(200, browser.get("courses/learn/player.xhtml?course=" + course).statusCode());
    takeQuiz(api, trainee, quizId, true);

    waitUntil(() -> inLrs(organisation, admin).size() == 10, "10 statements in the LRS");
    List<JsonObject> first = tegnStatements(admin, organisation, "");
    assertEquals(
        sorted(
            ADL + "launched",
            ADL + "experienced",
            ADL + "attempted",
            ADL + "answered",
            ADL + "answered",
            ADL + "answered",
            ADL + "answered",
            ADL + "passed",
            ADL + "completed",
            "http://specification.openbadges.org/xapi/verbs/earned.json"),
        first.stream().map(s -> s.getJsonObject("verb").getString("id")).sorted().toList());

    // the LRS goes away; the trainee takes the quiz again (and fails it)
    lrs.stop();
    takeQuiz(api, trainee, quizId, false);
    waitUntil(
        () -> {
          JsonObject outbox = outbox(api, admin, organisation);
          return outbox.getJsonObject("counts").getInt("PENDING") == 6
              && !outbox.getJsonArray("problems").isEmpty();
        },
        "the six new statements wait in the outbox after a failed send");
    Thread.sleep(8_000);
    JsonObject waiting = outbox(api, admin, organisation);
    assertEquals(6, waiting.getJsonObject("counts").getInt("PENDING"), "still waiting, none lost");
    assertTrue(
        waiting
            .getJsonArray("problems")
            .getJsonObject(0)
            .getString("error")
            .contains("not reached"),
        waiting.toString());
    lrs.start();

    waitUntil(() -> inLrs(organisation, admin).size() == 16, "all 16 statements in the LRS");
    List<JsonObject> all = tegnStatements(admin, organisation, "");
    assertEquals(16, all.size());
    Set<String> tegnIds = ids(all);
    List<String> lrsIds = lrs.statements().stream().map(s -> s.getString("id")).toList();
    assertEquals(lrsIds.size(), new HashSet<>(lrsIds).size(), "no statement stored twice");
    assertEquals(tegnIds, new HashSet<>(lrsIds), "every statement, none lost");
    JsonObject outbox = outbox(api, admin, organisation);
    assertEquals(16, outbox.getJsonObject("counts").getInt("SENT"));
    assertEquals(0, outbox.getJsonObject("counts").getInt("REJECTED"), "the LRS found all valid");
    assertEquals(1, outbox.getJsonObject("counts").getInt("SCHEDULED"), "the expiry, in 2 years");
    assertTrue(outbox.getJsonArray("problems").isEmpty());
    assertFalse(lrs.statements().toString().contains(trainee), "a pseudonym, not the username");

    // issue 17: the coordinator overrides the failed attempt to a pass; the LRS accepts a new
    // "passed" statement about the graded one (a StatementRef), and keeps the original
    String failed =
        all.stream()
            .filter(s -> s.getJsonObject("verb").getString("id").equals(ADL + "failed"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    Browser b = BROWSER.at(base);
    b.signIn(coordinator, XapiItSupport.PASSWORD);
    b.waitFor(By.id("account:logout"));
    b.open("coordination/learner.xhtml?id=" + accountId(trainee));
    LearnerReport.overrideGrade(b, LearnerReport.LAST_ATTEMPT, 85, "Oral re-examination passed");
    b.signOut();
    waitUntil(() -> inLrs(organisation, admin).size() == 17, "the override's statement");
    JsonObject corrected =
        inLrs(organisation, admin).stream()
            .filter(
                s ->
                    s.containsKey("context") && s.getJsonObject("context").containsKey("statement"))
            .findFirst()
            .orElseThrow();
    assertEquals(ADL + "passed", corrected.getJsonObject("verb").getString("id"));
    assertEquals(
        failed, corrected.getJsonObject("context").getJsonObject("statement").getString("id"));
    assertEquals(
        0.85,
        corrected
            .getJsonObject("result")
            .getJsonObject("score")
            .getJsonNumber("scaled")
            .doubleValue());
  }

  @Test
  void anAnalystPullsStatementsPageByPageFilteredByVerbActivityAndTime() throws Exception {
    QuizApi api = new QuizApi(base);
    long quizId = api.importQuiz(true, "");
    String[] arranged = get("it/xapi?quiz=" + quizId).split(" ");
    long organisation = Long.parseLong(arranged[0]);
    String admin = arranged[1];
    String coordinator = arranged[2];
    String trainee = arranged[3];
    takeQuiz(api, trainee, quizId, true);
    // the answered and passed statements are made in the background, within seconds
    waitUntil(() -> statementsOf(admin, organisation).size() == 6, "the attempt's six statements");

    String path = "api/xapi/statements?organisation=" + organisation;
    HttpResponse<String> page = api.send(coordinator, "GET", path + "&limit=4", null);
    assertEquals(200, page.statusCode(), page.body());
    assertEquals("1.0.3", page.headers().firstValue("X-Experience-API-Version").orElse(""));
    JsonObject result = QuizApi.json(page);
    assertEquals(4, result.getJsonArray("statements").size());
    List<JsonObject> pulled =
        new ArrayList<>(result.getJsonArray("statements").getValuesAs(JsonObject.class));
    String more = result.getString("more");
    while (!more.isEmpty()) {
      JsonObject next = QuizApi.json(api.send(coordinator, "GET", relative(more), null));
      pulled.addAll(next.getJsonArray("statements").getValuesAs(JsonObject.class));
      more = next.getString("more");
    }
    assertEquals(6, pulled.size(), "attempted, four answers, passed");
    assertEquals(6, ids(pulled).size());
    assertTrue(pulled.get(0).containsKey("stored"));

    String passed = ADL + "passed";
    List<JsonObject> byVerb = tegnStatements(admin, organisation, "&verb=" + encode(passed));
    assertEquals(1, byVerb.size());
    assertEquals(
        1.0,
        byVerb
            .get(0)
            .getJsonObject("result")
            .getJsonObject("score")
            .getJsonNumber("scaled")
            .doubleValue());
    String quiz = byVerb.get(0).getJsonObject("object").getString("id");
    assertEquals(
        2,
        tegnStatements(admin, organisation, "&activity=" + encode(quiz)).size(),
        "attempted and passed");
    String future = Instant.now().plus(Duration.ofDays(1)).toString();
    assertEquals(0, tegnStatements(admin, organisation, "&since=" + encode(future)).size());
    String id = byVerb.get(0).getString("id");
    assertEquals(
        id,
        QuizApi.json(api.send(admin, "GET", path + "&statementId=" + id, null)).getString("id"));

    assertEquals(400, api.send(admin, "GET", path + "&since=yesterday", null).statusCode());
    assertEquals(400, api.send(admin, "GET", path + "&limit=9999", null).statusCode());
    assertEquals(403, api.send(trainee, "GET", path, null).statusCode(), "not for trainees");
    String otherCoordinator = get("it/xapi?quiz=" + quizId).split(" ")[2];
    assertEquals(
        403,
        api.send(otherCoordinator, "GET", path, null).statusCode(),
        "not for another organisation's coordinator");
  }

  @Test
  void badInputToTheStatementsResourceGetsA4xxJsonAnswerAndAnAuditLine() throws Exception {
    QuizApi api = new QuizApi(base);
    long quizId = api.importQuiz(true, "");
    String[] arranged = get("it/xapi?quiz=" + quizId).split(" ");
    String admin = arranged[1];
    String trainee = arranged[3];
    String path = "api/xapi/statements?organisation=" + arranged[0];
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put(path + "&since=yesterday", "400 GET badRequest");
    bad.put(path + "&limit=9999", "400 GET invalid");
    bad.put(path + "&after=-1", "400 GET invalid");
    bad.put(path + "&verb=passed", "400 GET badRequest");
    bad.put(path + "&activity=" + encode("not an IRI"), "400 GET badRequest");
    bad.put(path + "&limit=many", "404 GET notFound");
    for (Map.Entry<String, String> request : bad.entrySet()) {
      assertRefusedAndAudited(
          () -> api.send(admin, "GET", request.getKey(), null), request.getValue());
    }
    assertRefusedAndAudited(() -> api.send(admin, "POST", path, "{}"), "405 POST methodNotAllowed");
    assertRefusedAndAudited(
        () -> api.send(admin, "PUT", path, "[{\"id\": 1}"), "405 PUT methodNotAllowed");
    assertRefusedAndAudited(() -> api.send(trainee, "GET", path, null), "403 GET forbidden");
    assertTrue(
        lastRefusal().startsWith("actor=" + accountId(trainee) + " "), "the caller is named");
    assertFalse(lastRefusal().contains(trainee), "ids, never names, in the audit detail");
    // good input still answers, and leaves no refusal
    int before = refusals();
    assertEquals(
        200, api.send(admin, "GET", path + "&verb=" + encode(ADL + "passed"), null).statusCode());
    assertEquals(before, refusals());
  }

  private static void assertRefusedAndAudited(Callable<HttpResponse<String>> request, String detail)
      throws Exception {
    int before = refusals();
    HttpResponse<String> answer = request.call();
    assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, answer.toString());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        answer.headers().toString());
    JsonObject error = QuizApi.json(answer);
    assertFalse(error.getString("message").isBlank(), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertEquals(before + 1, refusals(), "one audit line for " + answer.uri());
    assertTrue(
        lastRefusal().endsWith(" " + detail) || lastRefusal().contains(" " + detail + " "),
        lastRefusal() + " for " + answer.uri());
  }

  private static int refusals() throws Exception {
    return Integer.parseInt(
        sql(
            "select count(*) from plt_audit where action = 'xapi.statements'"
                + " and outcome = 'REFUSED'"));
  }

  /** The newest refusal as "actor=<id> <detail>". */
  private static String lastRefusal() throws Exception {
    return sql(
        "select concat('actor=', coalesce(actor_account_id, '-'), ' ', detail)"
            + " from plt_audit where action = 'xapi.statements' order by id desc limit 1");
  }

  private static String accountId(String username) throws Exception {
    return sql("select id from plt_account where username = '" + username + "'");
  }

  private static String sql(String query) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("tegn.db.url"),
                System.getProperty("tegn.db.user"),
                System.getProperty("tegn.db.password"));
        PreparedStatement s = c.prepareStatement(query);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void theAdminPageShowsTheLrsAndTheOutbox() throws Exception {
    QuizApi api = new QuizApi(base);
    String[] arranged = get("it/xapi?quiz=" + api.importQuiz(true, "")).split(" ");
    WebClient browser = new WebClient(base).inLanguage("en");
    browser.signIn(arranged[1], XapiItSupport.PASSWORD);
    HttpResponse<String> page = browser.get("admin/xapi.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Learning records (xAPI)"), page.body());
    assertTrue(page.body().contains("Waiting to be sent"));
  }

  private void takeQuiz(QuizApi api, String trainee, long quizId, boolean pass) throws Exception {
    JsonObject attempt = api.started(trainee, quizId);
    long id = attempt.getJsonNumber("id").longValue();
    api.save(
        trainee,
        id,
        1,
        QuizApi.keys(option(attempt, 1, "Debt to the employer", "Gæld til arbejdsgiveren")));
    if (pass) {
      api.save(trainee, id, 2, QuizApi.keys("false"));
      api.save(trainee, id, 3, "{\"number\": 30}");
      api.save(
          trainee,
          id,
          4,
          QuizApi.keys(
              option(attempt, 4, "Passport taken", "Pas inddraget"),
              option(attempt, 4, "Threats", "Trusler")));
    }
    HttpResponse<String> submitted = api.submit(trainee, id);
    assertEquals(200, submitted.statusCode(), submitted.body());
  }

  private static String option(JsonObject attempt, int slot, String english, String danish) {
    try {
      return QuizApi.key(attempt, slot, english);
    } catch (AssertionError notEnglish) {
      return QuizApi.key(attempt, slot, danish);
    }
  }

  private List<JsonObject> inLrs(long organisation, String admin) {
    try {
      Set<String> ours = ids(tegnStatements(admin, organisation, ""));
      return lrs.statements().stream().filter(s -> ours.contains(s.getString("id"))).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<JsonObject> tegnStatements(String admin, long organisation, String filters)
      throws Exception {
    HttpResponse<String> response =
        new QuizApi(base)
            .send(
                admin,
                "GET",
                "api/xapi/statements?limit=500&organisation=" + organisation + filters,
                null);
    assertEquals(200, response.statusCode(), response.body());
    return QuizApi.json(response).getJsonArray("statements").getValuesAs(JsonObject.class);
  }

  private List<JsonObject> statementsOf(String admin, long organisation) {
    try {
      return tegnStatements(admin, organisation, "");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject outbox(QuizApi api, String admin, long organisation) {
    try {
      return QuizApi.json(
          api.send(admin, "GET", "api/admin/xapi/" + organisation + "/outbox", null));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String settings(String endpoint, String secret) {
    return JSON.createObjectBuilder()
        .add("endpoint", endpoint)
        .add("key", TestLrs.KEY)
        .add("secret", secret)
        .add("homePage", "")
        .add("actorNaming", "PSEUDONYM")
        .add("enabled", true)
        .build()
        .toString();
  }

  /** "more" is an address on this server; the API client wants it relative to the base. */
  private String relative(String more) {
    String context = URI.create(base.toString()).getPath();
    return more.startsWith(context) ? more.substring(context.length()) : more.substring(1);
  }

  private static Set<String> ids(List<JsonObject> statements) {
    Set<String> ids = new HashSet<>();
    statements.forEach(s -> ids.add(s.getString("id")));
    return ids;
  }

  private static List<String> sorted(String... values) {
    return java.util.Arrays.stream(values).sorted().toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void waitUntil(BooleanSupplier condition, String what)
      throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(until)) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("timed out waiting for: " + what);
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}
