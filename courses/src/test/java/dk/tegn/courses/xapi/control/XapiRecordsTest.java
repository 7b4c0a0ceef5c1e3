package dk.tegn.courses.xapi.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.assessments.attempt.control.GradedAnswers;
import dk.tegn.assessments.attempt.control.StartedAttempts;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.control.Certificates;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.CoursesTestKit.Org;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.version.control.Publishing;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.courses.xapi.entity.ActorNaming;
import dk.tegn.courses.xapi.entity.LrsSettings;
import dk.tegn.courses.xapi.entity.OutboxStatement;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A trainee's course and quiz become statements in the outbox; every one of them passes Learning
 * Locker's xAPI validator in a real LRS process, and the sender delivers each exactly once through
 * an LRS that is down for a while.
 */
class XapiRecordsTest {

  static final long QUIZ = 9_002;
  static final String ADL = "http://adlnet.gov/expapi/verbs/";

  static TestLrs lrs;

  final CoursesTestKit kit = new CoursesTestKit().observing(XapiRecorder.class);
  final Org org = kit.organisation(2);
  final long learner = org.traineeIds().get(0);
  final long courseId = publishedCourse();
  final List<PublishedItem> items =
      kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).course().items();
  final LrsSecrets secrets = LrsSecrets.of(LrsSecrets.generate());

  @BeforeAll
  static void startLrs() {
    lrs = TestLrs.started();
  }

  @AfterAll
  static void stopLrs() {
    lrs.close();
  }

  @Test
  void everyStatementOfACourseAndItsQuizIsValidXapi() {
    takeTheCourse();
    List<JsonObject> statements = statements();
    assertEquals(
        java.util.stream.Stream.of(
                ADL + "launched",
                ADL + "experienced",
                ADL + "experienced",
                ADL + "attempted",
                ADL + "answered",
                ADL + "answered",
                ADL + "failed",
                ADL + "attempted",
                ADL + "answered",
                ADL + "answered",
                ADL + "passed",
                ADL + "completed",
                XapiVerb.EARNED.id())
            .sorted()
            .toList(),
        statements.stream().map(s -> s.getJsonObject("verb").getString("id")).sorted().toList());
    String batch =
        statements.stream().map(JsonObject::toString).collect(Collectors.joining(",", "[", "]"));
    assertEquals(200, lrs.post(batch), lrs.postForAnswer(batch));

    JsonObject passed =
        statements.stream()
            .filter(s -> s.getJsonObject("verb").getString("id").equals(ADL + "passed"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        0.8,
        passed
            .getJsonObject("result")
            .getJsonObject("score")
            .getJsonNumber("scaled")
            .doubleValue());
    assertTrue(passed.getJsonObject("result").getBoolean("success"));
    JsonObject context = passed.getJsonObject("context");
    assertEquals("1", context.getString("revision"), "the course version");
    assertEquals(
        statements.get(0).getJsonObject("context").getString("registration"),
        context.getString("registration"),
        "one registration per enrolment");
    assertEquals(
        "http://localhost:8080/xapi/activities/courses/" + courseId,
        context
            .getJsonObject("contextActivities")
            .getJsonArray("parent")
            .getJsonObject(0)
            .getString("id"));
    JsonObject actor = passed.getJsonObject("actor").getJsonObject("account");
    UUID.fromString(actor.getString("name"));
    assertFalse(passed.toString().contains("cadet"), "no username, no display name");
  }

  /**
   * A grade override is a new passed/failed statement about the graded one (context "statement", a
   * StatementRef), not a voiding; the LRS accepts it beside the original.
   */
  @Test
  void anOverrideIsANewStatementAboutTheGradedOneThatTheLrsAccepts() {
    takeTheCourse();
    long attemptId = attemptId(2);
    kit.as(
        org.coordinator(),
        b -> {
          b.fire(new AttemptRegraded(learner, QUIZ, attemptId, 0, 80, true, 40, false, 40, false));
          return null;
        });
    List<JsonObject> statements = statements();
    JsonObject graded =
        statements.stream()
            .filter(s -> s.getJsonObject("verb").getString("id").equals(ADL + "passed"))
            .findFirst()
            .orElseThrow();
    JsonObject corrected = statements.get(statements.size() - 1);
    assertEquals(ADL + "failed", corrected.getJsonObject("verb").getString("id"));
    assertEquals(
        0.4,
        corrected
            .getJsonObject("result")
            .getJsonObject("score")
            .getJsonNumber("scaled")
            .doubleValue());
    JsonObject ref = corrected.getJsonObject("context").getJsonObject("statement");
    assertEquals("StatementRef", ref.getString("objectType"));
    assertEquals(graded.getString("id"), ref.getString("id"));
    assertEquals(
        graded.getJsonObject("object").getString("id"),
        corrected.getJsonObject("object").getString("id"));
    String batch =
        statements.stream().map(JsonObject::toString).collect(Collectors.joining(",", "[", "]"));
    assertEquals(200, lrs.post(batch), lrs.postForAnswer(batch));
  }

  @Test
  void theValidatorRefusesAStatementThatIsNotXapi() {
    String broken =
        "[{\"id\":\""
            + UUID.randomUUID()
            + "\",\"actor\":{\"account\":{\"homePage\":\"x\"}},"
            + "\"verb\":{\"id\":\"passed\"},\"object\":{\"id\":\"quiz 7\"}}]";
    assertEquals(400, lrs.post(broken));
  }

  @Test
  void theSameEventNeverMakesTwoStatements() {
    kit.as(org.trainee(0), b -> b.get(Learning.class).launch(courseId));
    kit.as(org.trainee(0), b -> b.get(Learning.class).launch(courseId));
    assertEquals(1, statements().size(), "one launch a day");
    kit.at(SampleCourses.NOW.plus(Duration.ofDays(1)));
    kit.as(org.trainee(0), b -> b.get(Learning.class).launch(courseId));
    assertEquals(2, statements().size(), "a launch the next day is another statement");
  }

  @Test
  void anOrganisationMayNameActorsByUsername() {
    kit.as(
        org.trainee(0),
        b -> {
          LrsSettings s = new LrsSettings(org.id());
          s.configure(
              lrs.endpoint(),
              TestLrs.KEY,
              "https://idp.example.dk",
              ActorNaming.USERNAME,
              false,
              SampleCourses.NOW);
          s.sealSecret(secrets.seal(TestLrs.SECRET, org.id()));
          b.em().persist(s);
          return null;
        });
    kit.as(org.trainee(0), b -> b.get(Learning.class).launch(courseId));
    JsonObject account = statements().get(0).getJsonObject("actor").getJsonObject("account");
    assertEquals("https://idp.example.dk", account.getString("homePage"));
    assertTrue(account.getString("name").startsWith("cadet0-"));
  }

  @Test
  void theSenderDeliversEveryStatementOnceThroughAnLrsThatIsDownForAWhile() {
    takeTheCourse();
    configureLrs();
    Set<String> stored =
        statements().stream().map(s -> s.getString("id")).collect(Collectors.toSet());
    assertEquals(13, stored.size());

    lrs.stop();
    Instant t = SampleCourses.NOW;
    send(t);
    Map<String, Long> waiting = counts(t);
    assertEquals(13L, waiting.get("PENDING"), "nothing lost");
    assertEquals(1L, waiting.get("SCHEDULED"), "the certificate's expiry waits for its day");
    List<LrsConfiguration.Problem> problems = problems(t);
    assertEquals(13, problems.size());
    assertTrue(problems.get(0).error().startsWith("LRS not reached"), problems.get(0).error());
    assertEquals(t.plusSeconds(5), problems.get(0).nextAttemptAt());
    send(t.plusSeconds(1));
    assertEquals(1, problems(t).get(0).attempts(), "backing off: not tried again at once");

    lrs.start();
    send(t.plusSeconds(6));
    assertEquals(13L, counts(t.plusSeconds(6)).get("SENT"));
    assertEquals(0L, counts(t.plusSeconds(6)).get("PENDING"));
    assertTrue(problems(t).isEmpty());

    List<JsonObject> received =
        lrs.statements().stream().filter(s -> stored.contains(s.getString("id"))).toList();
    assertEquals(13, received.size());
    assertEquals(stored, received.stream().map(s -> s.getString("id")).collect(Collectors.toSet()));

    Instant expiry = Instant.parse("2028-11-23T10:00:00Z");
    send(expiry.plusSeconds(1));
    assertTrue(
        lrs.statements().stream()
            .anyMatch(
                s ->
                    s.getJsonObject("verb").getString("id").equals(XapiVerb.EXPIRED.id())
                        && s.getString("timestamp").equals(expiry.toString())),
        "the expiry is stated on its day");
  }

  @Test
  void aStatementSentAgainAfterALostAnswerIsStoredOnce() {
    takeTheCourse();
    configureLrs();
    Instant t = SampleCourses.NOW;
    send(t);
    // the LRS stored them, but Tegn did not learn it (a crash before the commit): all go again
    JpaTestSupport.inTransaction(
        CoursesTestKit.emf(),
        em ->
            em.createNativeQuery(
                    "UPDATE crs_xapi_statement SET sent_at = NULL WHERE organisation_id = ?")
                .setParameter(1, org.id())
                .executeUpdate());
    send(t.plusSeconds(1));
    assertEquals(13L, counts(t.plusSeconds(1)).get("SENT"));
    Set<String> ids = statements().stream().map(s -> s.getString("id")).collect(Collectors.toSet());
    List<JsonObject> inLrs =
        lrs.statements().stream().filter(s -> ids.contains(s.getString("id"))).toList();
    assertEquals(13, inLrs.size(), "each statement once, though it reached the LRS twice");
    ids.forEach(id -> assertEquals(2, lrs.received().getInt(id)));
  }

  @Test
  void aWithdrawnCertificateDoesNotExpireLater() {
    takeTheCourse();
    assertEquals(1L, counts(SampleCourses.NOW).get("SCHEDULED"));
    String code =
        kit.as(org.trainee(0), b -> b.get(Learning.class).player(courseId)).certificateCode();
    kit.as(
        org.coordinator(),
        b -> {
          b.get(Certificates.class).withdraw(code, "issued in error");
          return null;
        });
    assertEquals(0L, counts(SampleCourses.NOW).get("SCHEDULED"));
  }

  @Test
  void backOffDoublesUpToTenMinutes() {
    assertEquals(Duration.ofSeconds(5), StatementSender.backOff(0));
    assertEquals(Duration.ofSeconds(40), StatementSender.backOff(3));
    assertEquals(Duration.ofMinutes(10), StatementSender.backOff(12));
    assertNotEquals(StatementSender.backOff(1), StatementSender.backOff(2));
  }

  private void takeTheCourse() {
    kit.as(org.trainee(0), b -> b.get(Learning.class).launch(courseId));
    kit.as(org.trainee(0), b -> b.get(Learning.class).open(courseId, items.get(0).key()));
    kit.as(org.trainee(0), b -> b.get(Learning.class).reveal(courseId, items.get(1).key()));
    attempt(1, 0.5, 0.0, 25, false);
    attempt(2, 1.0, 0.6, 80, true);
  }

  private void attempt(long number, double first, double second, int score, boolean passed) {
    long attemptId = attemptId(number);
    kit.as(
        org.trainee(0),
        b -> {
          // what the background reading of started attempts hands over (StartedAttemptStatements)
          b.get(XapiRecorder.class)
              .attempted(
                  new StartedAttempts.Started(
                      attemptId, learner, QUIZ, 0, (int) number, SampleCourses.NOW));
          // completion and the certificate follow the submit's event; xAPI reads the attempt later,
          // after the course may have been completed by it
          b.fire(new AttemptGraded(learner, QUIZ, attemptId, score, passed));
          // what the background reading of graded attempts hands over (GradedAttemptStatements)
          b.get(XapiRecorder.class)
              .graded(
                  new GradedAnswers.Graded(
                      attemptId,
                      learner,
                      QUIZ,
                      0,
                      SampleCourses.NOW,
                      score,
                      passed,
                      List.of(
                          new GradedAnswers.Question(1, 501, 1, true, first),
                          new GradedAnswers.Question(2, 502, 3, second > 0, second))));
          return null;
        });
  }

  /**
   * Attempt ids are unique in Tegn; the LRS and the outbox are shared by the tests, so they are
   * here too, and far above the real attempts other tests make.
   */
  private long attemptId(long number) {
    return 1_000_000_000L + learner * 10 + number;
  }

  private void configureLrs() {
    kit.as(
        org.trainee(0),
        b -> {
          LrsSettings s = new LrsSettings(org.id());
          s.configure(
              lrs.endpoint(), TestLrs.KEY, null, ActorNaming.PSEUDONYM, true, SampleCourses.NOW);
          s.sealSecret(secrets.seal(TestLrs.SECRET, org.id()));
          b.em().persist(s);
          return null;
        });
  }

  /** Runs the sender as the schedule would at {@code now}, until it has no more to send. */
  private void send(Instant now) {
    boolean more = true;
    while (more) {
      more =
          JpaTestSupport.inTransaction(
              CoursesTestKit.emf(),
              em -> {
                PlatformClock clock = new PlatformClock(Clock.fixed(now, ZoneOffset.UTC));
                StatementSender sender = new StatementSender();
                sender.em = em;
                sender.clock = clock;
                sender.outbox = new StatementOutbox(em, clock);
                sender.secrets = secrets;
                return sender.sendBatch(org.id());
              });
    }
  }

  private List<LrsConfiguration.Problem> problems(Instant now) {
    return JpaTestSupport.inTransaction(
        CoursesTestKit.emf(),
        em ->
            new StatementOutbox(em, new PlatformClock(Clock.fixed(now, ZoneOffset.UTC)))
                .problems(org.id(), 100).stream()
                    .map(
                        p ->
                            new LrsConfiguration.Problem(
                                p.getStatementId(),
                                p.getVerb(),
                                p.getActivityId(),
                                p.getAttempts(),
                                p.getNextAttemptAt(),
                                p.getRejectedAt(),
                                p.getLastError()))
                    .toList());
  }

  private Map<String, Long> counts(Instant now) {
    return JpaTestSupport.inTransaction(
        CoursesTestKit.emf(),
        em ->
            new StatementOutbox(em, new PlatformClock(Clock.fixed(now, ZoneOffset.UTC)))
                .counts(org.id()));
  }

  /** The organisation's statements as stored, oldest first. */
  private List<JsonObject> statements() {
    return JpaTestSupport.inTransaction(
        CoursesTestKit.emf(),
        em ->
            em
                .createQuery(
                    "select s from OutboxStatement s where s.organisationId = :o and s.verb <> :expired order by s.id",
                    OutboxStatement.class)
                .setParameter("o", org.id())
                .setParameter("expired", XapiVerb.EXPIRED.id())
                .getResultList()
                .stream()
                .map(s -> JSON.createReader(new StringReader(s.getBody())).readObject())
                .toList());
  }

  long publishedCourse() {
    long id =
        kit.as(
            org.trainer(),
            b -> {
              Course c = SampleCourses.twoModules(org.id(), org.trainerId(), QUIZ);
              c.configure(Set.of(), List.of("da", "en"), 30, true, 24);
              b.em().persist(c);
              b.em().flush();
              b.get(Publishing.class).publish(c.getId(), null, false);
              return c.getId();
            });
    kit.as(
        org.coordinator(),
        b -> b.get(Enrolments.class).enrol(learner, id, LocalDate.parse("2026-12-31")));
    return id;
  }
}
