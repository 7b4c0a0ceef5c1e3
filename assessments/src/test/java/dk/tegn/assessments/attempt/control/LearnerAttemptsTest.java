package dk.tegn.assessments.attempt.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static dk.tegn.core.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.assessments.attempt.QuizAccessPolicy;
import dk.tegn.assessments.attempt.control.LearnerAttempts.QuizLine;
import dk.tegn.assessments.privacy.control.PrivacyKit;
import dk.tegn.assessments.question.Questions;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.testing.Banks;
import dk.tegn.assessments.testing.MutableClock;
import dk.tegn.assessments.testing.People;
import dk.tegn.assessments.testing.RecordedEvents;
import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.time.PlatformClock;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A coordinator's per-learner report against MariaDB: attempts, answers, overrides, extras. */
class LearnerAttemptsTest {

  static EntityManagerFactory emf;
  Organisation org;
  long learner;
  MutableClock clock;
  TestCaller trainee;
  TestCaller coordinator;
  RecordedEvents<AttemptRegraded> regraded;
  List<String> audited;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-assessments-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @BeforeEach
  void arrange() {
    org = People.organisation(emf);
    learner = People.account(emf, org);
    clock = new MutableClock(Banks.T0);
    trainee = TestCaller.of(learner, org.getId(), Role.TRAINEE);
    coordinator = TestCaller.of(People.account(emf, org), org.getId(), Role.COORDINATOR);
    regraded = new RecordedEvents<>();
    audited = new ArrayList<>();
  }

  <T> T take(Function<Attempts, T> work) {
    return inTransaction(
        emf,
        em ->
            work.apply(
                AttemptsTest.wired(
                    em,
                    trainee,
                    clock,
                    new RecordedEvents<>(),
                    new RecordedEvents<>(),
                    QuizAccess.of(List.of(IN_CONTEXT_7), List.of()))));
  }

  /** Lets anyone take any quiz in context 7 (a course, as courses' policy would). */
  static final QuizAccessPolicy IN_CONTEXT_7 =
      new QuizAccessPolicy() {
        @Override
        public boolean admits(long learnerId, long quiz) {
          return false;
        }

        @Override
        public boolean admitsIn(long learnerId, long quiz, long contextId) {
          return contextId == 7;
        }
      };

  <T> T as(TestCaller who, Function<LearnerAttempts, T> work) {
    return inTransaction(
        emf,
        em -> {
          LearnerAttempts report = new LearnerAttempts();
          report.em = em;
          report.caller = who;
          report.clock = new PlatformClock(clock);
          report.regraded = regraded;
          report.audit =
              new AuditLog() {
                @Override
                public void record(
                    Long actor,
                    String action,
                    String type,
                    Object id,
                    Outcome outcome,
                    String detail) {
                  audited.add(action + " " + outcome);
                }
              };
          return work.apply(report);
        });
  }

  long quiz(int attemptsAllowed) {
    return inTransaction(
        emf,
        em -> {
          Category category = Banks.category(em, org.getId());
          IntStream.rangeClosed(1, 4)
              .forEach(i -> Banks.question(em, category, "q" + i, Questions.single()));
          Quiz quiz =
              Banks.quiz(
                  em,
                  org.getId(),
                  Banks.settings(attemptsAllowed, null, ReviewOptions.afterAttempt()));
          quiz.addRandom(category, 2);
          em.flush();
          return quiz.getId();
        });
  }

  /** An attempt with the first question answered right: 50 %, failed (pass mark 80). */
  long halfRight(long quizId) {
    AttemptView view = take(a -> a.startOrResume(quizId, 7, "da"));
    AttemptsTest.saved(emf, trainee, clock, view.id(), 1, keys(AttemptsTest.rightKey(view, 1)));
    take(a -> a.submit(view.id(), "da"));
    return view.id();
  }

  static JsonObject keys(String... keys) {
    return JSON.createObjectBuilder().add("keys", JSON.createArrayBuilder(List.of(keys))).build();
  }

  @Test
  void theReportListsAttemptsPerQuizAndShowsEveryAnswerWhateverTheReviewOptions() {
    long quizId = quiz(0);
    long attempt = halfRight(quizId);
    List<QuizLine> lines = as(coordinator, r -> r.of(learner, "da"));
    assertEquals(1, lines.size());
    assertEquals(7, lines.get(0).contextId());
    assertEquals(50, lines.get(0).attempts().get(0).scorePercent());
    assertFalse(lines.get(0).attempts().get(0).countsAsPassed());
    AttemptView review = as(coordinator, r -> r.review(attempt, "da"));
    assertEquals(2, review.questions().size());
    assertEquals(1.0, review.questions().get(0).fraction());
    assertEquals(0.0, review.questions().get(1).fraction());
    assertTrue(review.rightAnswersShown());
  }

  @Test
  void anOverrideCountsBesideTheGradedScoreAndIsAuditedAndPublished() {
    long quizId = quiz(0);
    long attempt = halfRight(quizId);
    AttemptRegraded event = as(coordinator, r -> r.override(attempt, 85, "Oral re-exam passed"));
    assertEquals(
        new AttemptRegraded(learner, quizId, attempt, 7, 50, false, 85, true, 85, true), event);
    assertEquals(List.of(event), regraded.fired);
    assertEquals(List.of("assessments.attempt.override ALLOWED"), audited);
    var line = as(coordinator, r -> r.of(learner, "da")).get(0).attempts().get(0);
    assertEquals(50, line.scorePercent(), "the graded score stays");
    assertEquals(85, line.overrideScore());
    assertTrue(line.countsAsPassed());
    assertEquals("Oral re-exam passed", line.overrideReason());
    // the learner's own grade follows the override
    QuizOverview overview = take(a -> a.overview(quizId, 7, "da"));
    assertEquals(85, overview.gradePercent());
    assertTrue(overview.passed());
    // a second override moves from the first
    AttemptRegraded again = as(coordinator, r -> r.override(attempt, 40, "Entered wrongly"));
    assertEquals(
        new AttemptRegraded(learner, quizId, attempt, 7, 85, true, 40, false, 40, false), again);
    assertTrue(again.nowFailed());
  }

  /** Moodle's rule: the quiz grade is worked out again from every attempt as it counts now. */
  @Test
  void theQuizGradeAfterAnOverrideComesFromAllAttemptsUnderTheGradingMethod() {
    long quizId = quiz(0);
    halfRight(quizId);
    long second = halfRight(quizId);
    AttemptRegraded up = as(coordinator, r -> r.override(second, 90, "Marked by hand"));
    assertEquals(90, up.quizGradeAfter(), "highest of 50 and 90");
    assertTrue(up.quizPassedAfter());
    AttemptRegraded down = as(coordinator, r -> r.override(second, 30, "Copied answers"));
    assertEquals(50, down.quizGradeAfter(), "the first attempt's 50 is the highest now");
    assertFalse(down.quizPassedAfter());
    // taken away, the graded score counts again
    AttemptRegraded removed = as(coordinator, r -> r.removeOverride(second));
    assertEquals(
        new AttemptRegraded(learner, quizId, second, 7, 30, false, 50, false, 50, false), removed);
    assertEquals(
        null, as(coordinator, r -> r.of(learner, "da")).get(0).attempts().get(1).overrideScore());
    var none =
        assertThrows(
            RuleViolationException.class, () -> as(coordinator, r -> r.removeOverride(second)));
    assertEquals("assessments_learner.noOverride", none.messageKey());
    assertTrue(audited.contains("assessments.attempt.override.remove ALLOWED"), audited.toString());
  }

  @Test
  void aReasonIsRequiredAndOnlyAGradedAttemptIsOverridden() {
    long quizId = quiz(0);
    long attempt = halfRight(quizId);
    var blank =
        assertThrows(
            RuleViolationException.class, () -> as(coordinator, r -> r.override(attempt, 90, " ")));
    assertEquals("assessments_learner.reasonRequired", blank.messageKey());
    var range =
        assertThrows(
            RuleViolationException.class,
            () -> as(coordinator, r -> r.override(attempt, 101, "x")));
    assertEquals("assessments_learner.scoreRange", range.messageKey());
    AttemptView open = take(a -> a.startOrResume(quizId, 7, "da"));
    var notGraded =
        assertThrows(
            RuleViolationException.class,
            () -> as(coordinator, r -> r.override(open.id(), 90, "x")));
    assertEquals("assessments_learner.notGraded", notGraded.messageKey());
    assertTrue(regraded.fired.isEmpty());
  }

  @Test
  void anExtraAttemptLiftsTheLimitInItsContextOnly() {
    long quizId = quiz(1);
    halfRight(quizId);
    var e =
        assertThrows(
            RuleViolationException.class, () -> take(a -> a.startOrResume(quizId, 7, "da")));
    assertEquals("assessments_attempt.noAttemptsLeft", e.messageKey());
    as(
        coordinator,
        r -> {
          r.grantExtraAttempt(learner, quizId, 7, "Ill during the test");
          return null;
        });
    QuizOverview overview = take(a -> a.overview(quizId, 7, "da"));
    assertEquals(2, overview.attemptsAllowed());
    assertTrue(overview.canStart());
    AttemptView second = take(a -> a.startOrResume(quizId, 7, "da"));
    assertEquals(2, second.number());
    take(a -> a.submit(second.id(), "da"));
    assertFalse(take(a -> a.overview(quizId, 7, "da")).canStart(), "one extra, used");
    QuizLine line = as(coordinator, r -> r.of(learner, "da")).get(0);
    assertEquals(1, line.extraAttempts());
    assertEquals(2, line.allowedNow());
    assertEquals(List.of("assessments.attempt.extra ALLOWED"), audited);
    long unlimited = quiz(0);
    var none =
        assertThrows(
            RuleViolationException.class,
            () ->
                as(
                    coordinator,
                    r -> {
                      r.grantExtraAttempt(learner, unlimited, 0, "why");
                      return null;
                    }));
    assertEquals("assessments_learner.noLimit", none.messageKey());
  }

  @Test
  void onlyStaffOfTheLearnersOrganisationMayReadOrChange() {
    long quizId = quiz(1);
    long attempt = halfRight(quizId);
    Organisation elsewhere = People.organisation(emf);
    TestCaller foreign =
        TestCaller.of(People.account(emf, elsewhere), elsewhere.getId(), Role.COORDINATOR);
    TestCaller admin = TestCaller.of(People.account(emf, org), org.getId(), Role.ADMIN);
    assertThrows(AccessDeniedException.class, () -> as(foreign, r -> r.of(learner, "da")));
    assertThrows(AccessDeniedException.class, () -> as(foreign, r -> r.review(attempt, "da")));
    assertThrows(AccessDeniedException.class, () -> as(foreign, r -> r.override(attempt, 90, "x")));
    assertThrows(AccessDeniedException.class, () -> as(trainee, r -> r.of(learner, "da")));
    assertEquals(1, as(admin, r -> r.of(learner, "da")).size());
    assertTrue(audited.stream().allMatch(a -> a.endsWith("REFUSED")), audited.toString());
    assertEquals(4, audited.size());
    assertTrue(regraded.fired.isEmpty());
  }

  @Test
  void theReasonsAreExportedAndErasedWithTheLearner() {
    long quizId = quiz(1);
    long attempt = halfRight(quizId);
    as(coordinator, r -> r.override(attempt, 90, "Oral re-exam"));
    as(
        coordinator,
        r -> {
          r.grantExtraAttempt(learner, quizId, 7, "Ill that day");
          return null;
        });
    Person person = new Person(learner, "u", "Test Person", null, org.getId(), "da");
    JsonObject export = inTransaction(emf, em -> PrivacyKit.on(em).export(person));
    assertEquals(
        "Oral re-exam", export.getJsonArray("gradeOverrides").getJsonObject(0).getString("reason"));
    assertEquals(
        "Ill that day", export.getJsonArray("extraAttempts").getJsonObject(0).getString("reason"));
    inTransaction(
        emf,
        em -> {
          PrivacyKit.on(em).erase(person);
          return null;
        });
    var line = as(coordinator, r -> r.of(learner, "da")).get(0);
    assertEquals("", line.attempts().get(0).overrideReason());
    assertEquals(90, line.attempts().get(0).overrideScore(), "the grade given stays");
  }
}
