package dk.tegn.assessments.attempt.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static dk.tegn.core.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.AttemptStarted;
import dk.tegn.assessments.attempt.QuizAccessPolicy;
import dk.tegn.assessments.attempt.QuizGate;
import dk.tegn.assessments.attempt.entity.AttemptState;
import dk.tegn.assessments.attempt.entity.FinishedBy;
import dk.tegn.assessments.question.Questions;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.quiz.entity.ReviewWhen;
import dk.tegn.assessments.testing.Banks;
import dk.tegn.assessments.testing.MutableClock;
import dk.tegn.assessments.testing.People;
import dk.tegn.assessments.testing.RecordedEvents;
import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.SqlStatements;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TestDatabase;
import dk.tegn.core.time.PlatformClock;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class AttemptsTest {

  static EntityManagerFactory emf;
  static SqlStatements sql;
  Organisation org;
  long learner;
  MutableClock clock;
  TestCaller caller;
  AnswerTargets targets;
  RecordedEvents<AttemptGraded> events;
  RecordedEvents<AttemptStarted> started;
  List<QuizAccessPolicy> policies = List.of();
  List<QuizGate> gates = List.of();

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-assessments-test");
    sql = SqlStatements.on(emf);
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
    caller = TestCaller.of(learner, org.getId(), Role.TRAINEE);
    targets = new AnswerTargets(null);
    events = new RecordedEvents<>();
    started = new RecordedEvents<>();
  }

  <T> T as(TestCaller who, Function<Attempts, T> work) {
    return inTransaction(
        emf,
        em -> work.apply(wired(em, who, clock, events, started, QuizAccess.of(policies, gates))));
  }

  /** The service outside a container, on one transaction's entity manager. */
  static Attempts wired(
      jakarta.persistence.EntityManager em,
      TestCaller who,
      MutableClock clock,
      RecordedEvents<AttemptGraded> graded,
      RecordedEvents<AttemptStarted> started,
      QuizAccess access) {
    Attempts attempts = new Attempts();
    attempts.em = em;
    attempts.caller = who;
    attempts.clock = new PlatformClock(clock);
    attempts.answers = new AnswerStore(em, TestDatabase.dataSource());
    attempts.graded = graded;
    attempts.started = started;
    attempts.access = access;
    return attempts;
  }

  /** One call of the service as {@code who} in a transaction of its own, no policy or gate. */
  static <T> T once(
      EntityManagerFactory emf, TestCaller who, MutableClock clock, Function<Attempts, T> work) {
    return inTransaction(
        emf,
        em ->
            work.apply(
                wired(
                    em,
                    who,
                    clock,
                    new RecordedEvents<>(),
                    new RecordedEvents<>(),
                    QuizAccess.of(List.of(), List.of()))));
  }

  <T> T call(Function<Attempts, T> work) {
    return as(caller, work);
  }

  /** The answer save, as the caller, with what it checks against kept across saves as in use. */
  Instant save(long attemptId, int slot, JsonObject response) {
    return save(attemptId, slot, response, null);
  }

  Instant save(long attemptId, int slot, JsonObject response, Long clientSeq) {
    return saved(emf, caller, clock, targets, attemptId, slot, response, clientSeq);
  }

  Instant saveAs(TestCaller who, long attemptId, int slot, JsonObject response) {
    return saved(emf, who, clock, targets, attemptId, slot, response, null);
  }

  /** One answer save outside a container, nothing kept from earlier saves. */
  static Instant saved(
      EntityManagerFactory emf,
      TestCaller who,
      MutableClock clock,
      long attemptId,
      int slot,
      JsonObject response) {
    return saved(emf, who, clock, new AnswerTargets(null), attemptId, slot, response, null);
  }

  static Instant saved(
      EntityManagerFactory emf,
      TestCaller who,
      MutableClock clock,
      AnswerTargets targets,
      long attemptId,
      int slot,
      JsonObject response,
      Long clientSeq) {
    return inTransaction(
        emf,
        em -> {
          targets.em = em;
          return new AnswerSaves(
                  em,
                  who,
                  new PlatformClock(clock),
                  targets,
                  new AnswerStore(em, TestDatabase.dataSource()))
              .save(attemptId, slot, response, clientSeq);
        });
  }

  /** A quiz drawing {@code draw} of 30 single-choice questions in one category. */
  long quiz(int draw, int attemptsAllowed, Integer timeLimit, ReviewOptions review) {
    return quizOf(org.getId(), draw, attemptsAllowed, timeLimit, review);
  }

  /** The same, owned by {@code organisationId} (null: shared). */
  long quizOf(
      Long organisationId, int draw, int attemptsAllowed, Integer timeLimit, ReviewOptions review) {
    return inTransaction(
        emf,
        em -> {
          Category category = Banks.category(em, organisationId);
          IntStream.rangeClosed(1, 30)
              .forEach(i -> Banks.question(em, category, "q" + i, Questions.single()));
          Quiz quiz =
              Banks.quiz(em, organisationId, Banks.settings(attemptsAllowed, timeLimit, review));
          quiz.addRandom(category, draw);
          em.flush();
          return quiz.getId();
        });
  }

  static JsonObject keys(String... keys) {
    return JSON.createObjectBuilder().add("keys", JSON.createArrayBuilder(List.of(keys))).build();
  }

  /** The public key of the right choice in a slot: in Questions.single() it reads "Gæld ...". */
  static String rightKey(AttemptView view, int slot) {
    return view.questions().get(slot - 1).options().stream()
        .filter(o -> o.text().startsWith("Gæld"))
        .findFirst()
        .orElseThrow()
        .key();
  }

  @Test
  void startingFixesTheDrawnQuestionsAndResumingShowsTheSameAttempt() {
    long quizId = quiz(10, 0, null, ReviewOptions.afterAttempt());
    // one slot drawing 10: the overview's count sums the draws (a query), it does not count slots
    assertEquals(10, call(a -> a.overview(quizId, "da")).questionCount());
    AttemptView first = call(a -> a.startOrResume(quizId, "da"));
    assertEquals(10, first.questions().size());
    AttemptView again = call(a -> a.startOrResume(quizId, "en"));
    assertEquals(first.id(), again.id(), "resumes the open attempt");
    AttemptView viewed = call(a -> a.view(first.id(), "da"));
    assertEquals(
        first.questions().stream().map(QuestionView::text).toList(),
        viewed.questions().stream().map(QuestionView::text).toList());
    assertEquals(
        first.questions().get(0).options(),
        viewed.questions().get(0).options(),
        "option order is fixed too");
  }

  @Test
  void aQuizAnotherModuleKeepsClosedCannotBeStartedAndTheOverviewSaysWhy() {
    long quizId = quiz(2, 0, null, ReviewOptions.afterAttempt());
    QuizGate.Closed locked = new QuizGate.Closed("Locked: finish module 1.", "/course", "Go");
    gates =
        List.of(
            (learnerId, quiz, language) ->
                learnerId == learner && quiz == quizId && language.equals("en")
                    ? java.util.Optional.of(locked)
                    : java.util.Optional.empty());
    var refused =
        assertThrows(RuleViolationException.class, () -> call(a -> a.startOrResume(quizId, "en")));
    assertEquals("assessments_attempt.closed", refused.messageKey());
    assertEquals(List.of("Locked: finish module 1."), List.of(refused.arguments()));
    QuizOverview overview = call(a -> a.overview(quizId, "en"));
    assertEquals(locked, overview.closed());
    assertFalse(overview.canStart());
    assertTrue(overview.attempts().isEmpty());

    gates = List.of((learnerId, quiz, language) -> java.util.Optional.empty());
    assertNotNull(call(a -> a.startOrResume(quizId, "en")), "starts once no gate objects");
  }

  @Test
  void everySavedAnswerIsThereWhenTheLearnerComesBack() {
    long quizId = quiz(10, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    for (int slot = 1; slot <= 5; slot++) {
      int s = slot;
      save(view.id(), s, keys(rightKey(view, s)));
    }
    AttemptView resumed = call(a -> a.startOrResume(quizId, "da"));
    for (int slot = 1; slot <= 5; slot++) {
      assertEquals(keys(rightKey(view, slot)), resumed.questions().get(slot - 1).response());
    }
    assertNull(resumed.questions().get(5).response());
  }

  @Test
  void aFlagForReviewStaysWithTheAttemptOnlyForItsOwnerAndOnlyWhileItIsOpen() {
    long quizId = quiz(3, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    assertTrue(view.questions().stream().noneMatch(QuestionView::flagged));
    call(
        a -> {
          a.flag(view.id(), 2, true);
          return null;
        });
    call(
        a -> {
          a.flag(view.id(), 2, true); // the same again changes nothing
          return null;
        });
    AttemptView resumed = call(a -> a.startOrResume(quizId, "da"));
    assertEquals(
        List.of(false, true, false),
        resumed.questions().stream().map(QuestionView::flagged).toList(),
        "the flag is stored with the attempt, not in the page");
    call(
        a -> {
          a.flag(view.id(), 2, false);
          return null;
        });
    assertFalse(call(a -> a.view(view.id(), "da")).questions().get(1).flagged());

    TestCaller other = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other,
                a -> {
                  a.flag(view.id(), 1, true);
                  return null;
                }));
    assertThrows(
        dk.tegn.core.problem.RecordNotFoundException.class,
        () ->
            call(
                a -> {
                  a.flag(view.id(), 9, true);
                  return null;
                }));
    call(a -> a.submit(view.id(), "da"));
    var e =
        assertThrows(
            RuleViolationException.class,
            () ->
                call(
                    a -> {
                      a.flag(view.id(), 1, true);
                      return null;
                    }));
    assertEquals("assessments_attempt.submitted", e.messageKey());
  }

  /** How many answer rows the attempt has in the database. */
  private long answerRows(long attemptId) {
    return inTransaction(
        emf,
        em ->
            em.createQuery("select count(a) from Answer a where a.attemptId = :id", Long.class)
                .setParameter("id", attemptId)
                .getSingleResult());
  }

  @Test
  void savingAnAnswerAgainReplacesItAndKeepsOneRow() {
    long quizId = quiz(3, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    save(view.id(), 1, keys("2"));
    save(view.id(), 1, keys("2"));
    save(view.id(), 1, keys(rightKey(view, 1)));
    assertEquals(1, answerRows(view.id()));
    AttemptView result = call(a -> a.submit(view.id(), "da"));
    assertEquals(1.0, result.questions().get(0).fraction());
  }

  @Test
  void anAnswerKeptOfflineNeverOverwritesANewerOneAndCountsOnce() {
    long quizId = quiz(2, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    String right = rightKey(view, 1);
    String wrong = right.equals("1") ? "2" : "1";
    // given offline at 100 (wrong), then online at 200 (right); the queued one arrives last, twice
    save(view.id(), 1, keys(right), 200L);
    save(view.id(), 1, keys(wrong), 100L);
    save(view.id(), 1, keys(wrong), 100L);
    assertEquals(
        keys(right),
        call(a -> a.view(view.id(), "da")).questions().get(0).response(),
        "newer kept");
    // the same answer sent twice (its acknowledgement was lost) is one row, and a newer one wins
    save(view.id(), 2, keys(wrong), 300L);
    save(view.id(), 2, keys(wrong), 300L);
    save(view.id(), 2, keys(rightKey(view, 2)), 301L);
    assertEquals(2, answerRows(view.id()));
    assertEquals(100, call(a -> a.submit(view.id(), "da")).scorePercent());
  }

  @Test
  void submittingTwiceChangesNothingAndSaysSo() {
    long quizId = quiz(2, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    save(view.id(), 1, keys(rightKey(view, 1)));
    AttemptView result = call(a -> a.submit(view.id(), "da"));
    assertEquals(50, result.scorePercent());
    var e = assertThrows(RuleViolationException.class, () -> call(a -> a.submit(view.id(), "da")));
    assertEquals("assessments_attempt.alreadySubmitted", e.messageKey());
    assertEquals(1, events.fired.size(), "graded once");
    assertEquals(50, call(a -> a.view(view.id(), "da")).scorePercent());
  }

  @Test
  void startingRaisesTheAttemptAndGradingListsEachQuestionWithItsCreditInGradingOrder() {
    long quizId = quiz(2, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    call(a -> a.startOrResume(quizId, "da"));
    assertEquals(
        List.of(new AttemptStarted(learner, quizId, view.id(), 1)),
        started.fired,
        "a resumed attempt is not started again");
    GradedAnswers.Position before =
        new GradedAnswers.Position(new PlatformClock(clock).now().minusSeconds(1), 0);
    assertTrue(
        inTransaction(emf, em -> new GradedAnswers(em).after(before, 1000)).stream()
            .noneMatch(p -> p.attemptId() == view.id()),
        "not graded yet");
    save(view.id(), 1, keys(rightKey(view, 1)));
    call(a -> a.submit(view.id(), "da"));

    List<GradedAnswers.Position> positions =
        inTransaction(emf, em -> new GradedAnswers(em).after(before, 1000));
    GradedAnswers.Position position =
        positions.stream().filter(p -> p.attemptId() == view.id()).findFirst().orElseThrow();
    assertEquals(positions.stream().sorted().toList(), positions, "in the order of grading");
    assertEquals(
        List.of(position),
        inTransaction(
                emf,
                em ->
                    new GradedAnswers(em)
                        .between(position.gradedAt().minusSeconds(30), position, 1000))
            .stream()
            .filter(p -> p.attemptId() == view.id())
            .toList(),
        "looking back finds it");
    assertTrue(
        inTransaction(emf, em -> new GradedAnswers(em).after(position, 1000)).stream()
            .noneMatch(p -> p.attemptId() == view.id()),
        "not after itself");

    GradedAnswers.Graded graded =
        inTransaction(emf, em -> new GradedAnswers(em).of(List.of(view.id()))).get(0);
    assertEquals(learner, graded.learnerId());
    assertEquals(quizId, graded.quizId());
    assertEquals(50, graded.scorePercent());
    assertFalse(graded.passed());
    assertEquals(position, graded.position());
    List<GradedAnswers.Question> questions = graded.questions();
    assertEquals(2, questions.size());
    GradedAnswers.Question first = questions.get(0);
    assertEquals(1, first.slot());
    assertTrue(first.answered());
    assertEquals(1.0, first.fraction());
    GradedAnswers.Question second = questions.get(1);
    assertEquals(2, second.slot());
    assertFalse(second.answered());
    assertEquals(0.0, second.fraction());
  }

  @Test
  void theUpsertItselfStoresNothingForSomeoneElseAfterTheDeadlineOrAfterSubmission() {
    long quizId = quiz(2, 0, 600, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    // what AnswerSaves checks first is kept per attempt; the statement must not rely on it
    AnswerStore store = new AnswerStore(null, TestDatabase.dataSource());
    Instant now = new PlatformClock(clock).now();
    String answer = "{\"keys\":[\"a\"]}";
    assertFalse(store.save(view.id(), learner + 1, 1, answer, null, now), "someone else's");
    assertFalse(
        store.save(view.id(), learner, 1, answer, null, now.plusSeconds(601)), "out of time");
    call(a -> a.submit(view.id(), "da"));
    assertFalse(store.save(view.id(), learner, 1, answer, null, now), "submitted");
    assertEquals(0, answerRows(view.id()));
  }

  @Test
  void attemptCannotBeAnsweredAfterSubmission() {
    long quizId = quiz(2, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    call(a -> a.submit(view.id(), "da"));
    var e =
        assertThrows(
            RuleViolationException.class, () -> save(view.id(), 1, keys(rightKey(view, 1))));
    assertEquals("assessments_attempt.submitted", e.messageKey());
    assertNull(call(a -> a.view(view.id(), "da")).questions().get(0).response());
  }

  @Test
  void anAttemptPastItsTimeIsSubmittedWithWhatWasSaved() {
    long quizId = quiz(4, 0, 600, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    assertEquals(600L, view.secondsLeft());
    save(view.id(), 1, keys(rightKey(view, 1)));
    save(view.id(), 2, keys(rightKey(view, 2)));
    clock.advance(Duration.ofSeconds(600));
    save(view.id(), 3, keys(rightKey(view, 3)));
    clock.advance(Duration.ofSeconds(1));
    var late =
        assertThrows(
            RuleViolationException.class, () -> save(view.id(), 4, keys(rightKey(view, 4))));
    assertEquals("assessments_attempt.timeUp", late.messageKey());
    assertTrue(call(a -> a.overdueIds(1000)).contains(view.id()));
    call(
        a -> {
          a.finishOverdue(view.id());
          return null;
        });
    AttemptView result = call(a -> a.view(view.id(), "da"));
    assertEquals(AttemptState.SUBMITTED, result.state());
    assertEquals(FinishedBy.TIME_LIMIT, result.finishedBy());
    assertEquals(75, result.scorePercent(), "three answers saved in time");
    assertFalse(call(a -> a.overdueIds(1000)).contains(view.id()));
    assertEquals(List.of(new AttemptGraded(learner, quizId, view.id(), 75, false)), events.fired);
  }

  @Test
  void aLearnerComingBackAfterTheTimeSeesTheResultNotAFreshAttempt() {
    long quizId = quiz(2, 0, 60, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    clock.advance(Duration.ofMinutes(5));
    AttemptView back = call(a -> a.startOrResume(quizId, "da"));
    assertEquals(view.id(), back.id());
    assertEquals(AttemptState.SUBMITTED, back.state());
    AttemptView next = call(a -> a.startOrResume(quizId, "da"));
    assertNotEquals(view.id(), next.id(), "asking again starts attempt 2");
    assertEquals(2, next.number());
  }

  @Test
  void rightAnswersAndScoreAreWithheldUntilReviewAllows() {
    var review =
        new ReviewOptions(ReviewWhen.IMMEDIATELY, ReviewWhen.NEVER, ReviewWhen.AFTER_ATTEMPT);
    long quizId = quiz(2, 0, null, review);
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    save(view.id(), 1, keys(rightKey(view, 1)));
    AttemptView during = call(a -> a.view(view.id(), "da"));
    assertNull(during.questions().get(0).rightAnswer());
    assertNull(during.questions().get(0).fraction());
    assertTrue(during.questions().get(0).feedback().isEmpty());
    assertNull(during.scorePercent());
    AttemptView after = call(a -> a.submit(view.id(), "da"));
    assertEquals(50, after.scorePercent());
    assertNull(after.questions().get(0).rightAnswer(), "right answers: never");
    assertFalse(after.questions().get(0).feedback().isEmpty());
    clock.advance(Duration.ofMinutes(3));
    assertNull(call(a -> a.view(view.id(), "da")).scorePercent(), "score only immediately");
  }

  @Test
  void afterPassShowsRightAnswersOnlyForAPassedOrTheLastAttempt() {
    var review =
        new ReviewOptions(ReviewWhen.AFTER_ATTEMPT, ReviewWhen.AFTER_PASS, ReviewWhen.AFTER_PASS);
    long quizId = quiz(1, 3, null, review);
    AttemptView failed = call(a -> a.startOrResume(quizId, "da"));
    AttemptView failedResult = call(a -> a.submit(failed.id(), "da"));
    assertEquals(0, failedResult.scorePercent(), "the score shows after any attempt");
    assertNull(failedResult.questions().get(0).rightAnswer(), "no right answers after a fail");
    assertTrue(failedResult.questions().get(0).feedback().isEmpty(), "no feedback either");

    AttemptView passed = call(a -> a.startOrResume(quizId, "da"));
    save(passed.id(), 1, keys(rightKey(passed, 1)));
    AttemptView passedResult = call(a -> a.submit(passed.id(), "da"));
    assertEquals(100, passedResult.scorePercent());
    assertNotNull(passedResult.questions().get(0).rightAnswer(), "right answers once passed");

    AttemptView last = call(a -> a.startOrResume(quizId, "da"));
    AttemptView lastResult = call(a -> a.submit(last.id(), "da"));
    assertNotNull(
        lastResult.questions().get(0).rightAnswer(),
        "right answers after the last attempt allowed");
  }

  @Test
  void aFailedAttemptNamesTheLessonsOfTheMissedQuestionsWithoutTheRightAnswers() {
    var review =
        new ReviewOptions(ReviewWhen.AFTER_ATTEMPT, ReviewWhen.AFTER_PASS, ReviewWhen.AFTER_PASS);
    long quizId =
        inTransaction(
            emf,
            em -> {
              Category category = Banks.category(em, org.getId());
              Quiz quiz = Banks.quiz(em, org.getId(), Banks.settings(0, null, review));
              String[] lessons = {"signs/debt", "signs/passport", "signs/passport", null};
              for (int i = 0; i < lessons.length; i++) {
                var q = Banks.question(em, category, "q" + i, Questions.single());
                q.teachIn(lessons[i]);
                quiz.addQuestion(q);
              }
              em.flush();
              return quiz.getId();
            });

    AttemptView failed = call(a -> a.startOrResume(quizId, "da"));
    save(failed.id(), 1, keys(rightKey(failed, 1)));
    AttemptView result = call(a -> a.submit(failed.id(), "da"));

    assertEquals(false, result.passed());
    assertEquals(
        List.of(new AttemptView.MissedLesson("signs/passport", List.of(2, 3))),
        result.missedLessons(),
        "the lesson of the two missed questions, once; the question without a lesson is left out");
    assertNull(result.questions().get(1).rightAnswer(), "the pointer does not give the answer");

    AttemptView passing = call(a -> a.startOrResume(quizId, "da"));
    for (int slot = 1; slot <= 4; slot++) {
      int s = slot;
      save(passing.id(), s, keys(rightKey(passing, s)));
    }
    assertEquals(List.of(), call(a -> a.submit(passing.id(), "da")).missedLessons());
  }

  @Test
  void optionKeysShownToTheBrowserDoNotRevealTheAuthorsKeys() {
    long quizId = quiz(1, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    assertEquals(
        List.of("1", "2", "3"),
        view.questions().get(0).options().stream().map(o -> o.key()).sorted().toList());
    var e = assertThrows(RuleViolationException.class, () -> save(view.id(), 1, keys("a")));
    assertEquals("assessments_attempt.invalidAnswer", e.messageKey());
  }

  @Test
  void onlyTheOwnerMayTouchAnAttempt() {
    long quizId = quiz(2, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    TestCaller other = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
    assertThrows(AccessDeniedException.class, () -> as(other, a -> a.view(view.id(), "da")));
    assertThrows(AccessDeniedException.class, () -> saveAs(other, view.id(), 1, keys("1")));
    assertThrows(AccessDeniedException.class, () -> as(other, a -> a.submit(view.id(), "da")));
  }

  @Test
  void theAttemptLimitIsEnforcedAndTheGradeFollowsTheMethod() {
    long quizId = quiz(1, 2, null, ReviewOptions.afterAttempt());
    for (int i = 0; i < 2; i++) {
      AttemptView v = call(a -> a.startOrResume(quizId, "da"));
      if (i == 1) {
        save(v.id(), 1, keys(rightKey(v, 1)));
      }
      call(a -> a.submit(v.id(), "da"));
    }
    var e =
        assertThrows(RuleViolationException.class, () -> call(a -> a.startOrResume(quizId, "da")));
    assertEquals("assessments_attempt.noAttemptsLeft", e.messageKey());
    QuizOverview overview = call(a -> a.overview(quizId, "da"));
    assertFalse(overview.canStart());
    assertEquals(100, overview.gradePercent(), "highest of 0 and 100");
    assertTrue(overview.passed());
  }

  @Test
  void aCoordinatorSeesResultsOnlyOfTheirOwnOrganisation() {
    long quizId = quiz(1, 0, null, ReviewOptions.afterAttempt());
    AttemptView v = call(a -> a.startOrResume(quizId, "da"));
    call(a -> a.submit(v.id(), "da"));
    Organisation elsewhere = People.organisation(emf);
    TestCaller ownCoordinator =
        TestCaller.of(People.account(emf, org), org.getId(), Role.COORDINATOR);
    TestCaller foreignCoordinator =
        TestCaller.of(People.account(emf, elsewhere), elsewhere.getId(), Role.COORDINATOR);
    assertNotNull(as(ownCoordinator, a -> a.resultOf(learner, quizId, "da")).attempts());
    assertThrows(
        AccessDeniedException.class,
        () -> as(foreignCoordinator, a -> a.resultOf(learner, quizId, "da")));
  }

  @Test
  void editingAQuestionLeavesTheVersionAnAttemptShowed() {
    long quizId = quiz(1, 0, null, ReviewOptions.afterAttempt());
    AttemptView v = call(a -> a.startOrResume(quizId, "da"));
    String shown = v.questions().get(0).text();
    inTransaction(
        emf,
        em -> {
          Quiz quiz = em.find(Quiz.class, quizId);
          long categoryId = quiz.getSlots().get(0).getCategory().getId();
          for (Question q :
              em.createNamedQuery("Question.listByCategory", Question.class)
                  .setParameter("categoryId", categoryId)
                  .getResultList()) {
            q.revise(Questions.text("Ny ordlyd"), null, Questions.single(), Banks.T0, null);
          }
          return null;
        });
    assertEquals(shown, call(a -> a.view(v.id(), "da")).questions().get(0).text());
  }

  @Test
  void aLearnerOfAnotherOrganisationMayNotTakeTheQuiz() {
    Organisation elsewhere = People.organisation(emf);
    long quizId = quizOf(elsewhere.getId(), 1, 0, null, ReviewOptions.afterAttempt());
    assertThrows(AccessDeniedException.class, () -> call(a -> a.overview(quizId, "da")));
    assertThrows(AccessDeniedException.class, () -> call(a -> a.startOrResume(quizId, "da")));
  }

  @Test
  void aSharedQuizIsOpenToLearnersOfEveryOrganisation() {
    long quizId = quizOf(null, 1, 0, null, ReviewOptions.afterAttempt());
    assertEquals(1, call(a -> a.startOrResume(quizId, "da")).questions().size());
  }

  @Test
  void anotherModulesPolicyAdmitsALearnerTheOrganisationRuleWouldRefuse() {
    Organisation elsewhere = People.organisation(emf);
    long quizId = quizOf(elsewhere.getId(), 1, 0, null, ReviewOptions.afterAttempt());
    policies = List.of((learnerId, id) -> learnerId == learner && id == quizId);
    assertEquals(1, call(a -> a.startOrResume(quizId, "da")).questions().size());
    TestCaller other = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
    assertThrows(AccessDeniedException.class, () -> as(other, a -> a.startOrResume(quizId, "da")));
  }

  /**
   * Issue 17, defect 6: two courses holding one quiz keep their attempts apart (a new course's
   * first attempt is number 1, its limit and grade its own), and a context no module vouches for is
   * refused rather than giving fresh attempts.
   */
  @Test
  void attemptsAreNumberedLimitedAndGradedPerContext() {
    long quizId = quiz(1, 2, null, ReviewOptions.afterAttempt());
    long courseA = 7001;
    long courseB = 7002;
    policies =
        List.of(
            new QuizAccessPolicy() {
              @Override
              public boolean admits(long learnerId, long quiz) {
                return false;
              }

              @Override
              public boolean admitsIn(long learnerId, long quiz, long contextId) {
                return quiz == quizId && (contextId == courseA || contextId == courseB);
              }
            });
    for (int i = 0; i < 2; i++) {
      AttemptView v = call(a -> a.startOrResume(quizId, courseA, "da"));
      save(v.id(), 1, keys(rightKey(v, 1)));
      call(a -> a.submit(v.id(), "da"));
    }
    assertEquals(
        List.of(courseA, courseA), events.fired.stream().map(AttemptGraded::contextId).toList());
    QuizOverview inA = call(a -> a.overview(quizId, courseA, "da"));
    assertEquals(2, inA.attempts().size());
    assertFalse(inA.canStart(), "both attempts used in course A");

    QuizOverview inB = call(a -> a.overview(quizId, courseB, "da"));
    assertTrue(inB.attempts().isEmpty(), "course B sees none of course A's attempts");
    assertNull(inB.gradePercent());
    assertTrue(inB.canStart());
    AttemptView first = call(a -> a.startOrResume(quizId, courseB, "da"));
    assertEquals(1, first.number(), "course B's first attempt is number 1");
    AttemptView graded = call(a -> a.submit(first.id(), "da"));
    assertEquals(0, graded.scorePercent());
    assertEquals(0, (int) call(a -> a.overview(quizId, courseB, "da")).gradePercent());
    assertEquals(100, (int) call(a -> a.overview(quizId, courseA, "da")).gradePercent());
    assertTrue(call(a -> a.overview(quizId, "da")).attempts().isEmpty(), "none outside a course");

    assertThrows(AccessDeniedException.class, () -> call(a -> a.startOrResume(quizId, 7003, "da")));
  }

  @Test
  void aTrainerOfTheQuizOrganisationMayTryItAsATrainee() {
    Organisation elsewhere = People.organisation(emf);
    long quizId = quizOf(elsewhere.getId(), 1, 0, null, ReviewOptions.afterAttempt());
    TestCaller trainer = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINER);
    TestCaller author =
        TestCaller.granted(
            trainer.accountId(),
            org.getId(),
            new dk.tegn.core.security.Grant(Role.TRAINER, elsewhere.getId()));
    assertThrows(AccessDeniedException.class, () -> as(trainer, a -> a.overview(quizId, "da")));
    assertEquals(1, as(author, a -> a.startOrResume(quizId, "da")).questions().size());
  }

  // ---- statements per request (the exam's load: ops/BENCHMARKS.md)

  static List<String> selects(List<String> statements) {
    return statements.stream()
        .filter(q -> q.startsWith("SELECT") && !q.startsWith("SELECT LAST_INSERT_ID"))
        .toList();
  }

  @Test
  void savingAnAnswerReadsTheAttemptsSlotsOnceAndThenOnlyWrites() {
    long quizId = quiz(20, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    List<String> first = sql.during(() -> save(view.id(), 7, keys(rightKey(view, 7))));
    // the first save reads the owner, option orders and contents of all 20 slots in one statement
    assertEquals(1, first.size(), String.join("\n", first));
    assertTrue(first.get(0).contains("asm_attempt_slot"), first.get(0));
    // the upsert is plain JDBC (autocommit), so it does not show here: the next saves read nothing
    List<String> next =
        sql.during(
            () -> {
              save(view.id(), 8, keys(rightKey(view, 8)));
              save(view.id(), 7, keys(rightKey(view, 7)));
            });
    assertEquals(List.of(), next);
    assertEquals(2, answerRows(view.id()), "each save wrote its answer");
    AttemptView result = call(a -> a.submit(view.id(), "da"));
    assertEquals(1.0, result.questions().get(6).fraction());
    assertEquals(1.0, result.questions().get(7).fraction());
    // after submission the kept slots do not let a save through: the upsert checks the attempt
    var late =
        assertThrows(
            RuleViolationException.class, () -> save(view.id(), 9, keys(rightKey(view, 9))));
    assertEquals("assessments_attempt.submitted", late.messageKey());
    assertEquals(2, answerRows(view.id()));
  }

  /**
   * What the saves check against is kept per attempt, but a slot (a question version in one option
   * order) is one instance however many attempts show it: 10,000 trainees of one quiz keep about 20
   * × 24 slots, not 200,000 (ops/BENCHMARKS.md §3.ab).
   */
  @Test
  void theKeptSlotsOfAttemptsShowingTheSameQuestionInTheSameOrderAreOneInstance() {
    long quizId = fixedQuiz(20);
    long first = call(a -> a.start(quizId, 0, "da")).id();
    long otherLearner = People.account(emf, org);
    long second =
        as(TestCaller.of(otherLearner, org.getId(), Role.TRAINEE), a -> a.start(quizId, 0, "da"))
            .id();
    AnswerTargets.Attempt a = kept(first);
    targets.forget(first);
    AnswerTargets.Attempt again = kept(first);
    AnswerTargets.Attempt b = kept(second);
    assertEquals(20, a.slots().length);
    for (int slot = 1; slot <= 20; slot++) {
      // read again: the same slot instances, not copies
      assertSame(a.slot(slot), again.slot(slot), "slot " + slot);
      // another attempt: the same instance exactly when the option order is the same
      boolean sameOrder = a.slot(slot).keys() == b.slot(slot).keys();
      assertEquals(sameOrder, a.slot(slot) == b.slot(slot), "slot " + slot);
      assertSame(a.slot(slot).content(), b.slot(slot).content(), "slot " + slot);
    }
  }

  private AnswerTargets.Attempt kept(long attemptId) {
    return inTransaction(
        emf,
        em -> {
          targets.em = em;
          return targets.of(attemptId);
        });
  }

  @Test
  void startingAnAttemptReadsItsDrawnQuestionsTogetherNotOneByOne() {
    long quizId = quiz(20, 0, null, ReviewOptions.afterAttempt());
    List<String> statements = sql.during(() -> call(a -> a.startOrResume(quizId, "da")));
    List<String> selects = selects(statements);
    assertTrue(selects.size() <= 8, selects.size() + " selects:\n" + String.join("\n", selects));
  }

  /**
   * The exam's quiz (ops/load: 20 questions, each in a slot of its own): a start reads the slots'
   * question ids in one statement and loads no slot or question entity one by one.
   */
  @Test
  void startingAQuizOfTwentyFixedQuestionsTakesAFewStatements() {
    long quizId = fixedQuiz(20);
    List<String> statements = sql.during(() -> call(a -> a.start(quizId, 0, "da")));
    List<String> selects = selects(statements);
    // before: 24 selects (the slots, then each slot's question one by one, and their category)
    assertTrue(selects.size() <= 5, selects.size() + " selects:\n" + String.join("\n", selects));
    // the attempt and its 20 slots: one batch of rows in the server's persistence unit
    assertEquals(
        21, statements.size() - selects.size(), "written:\n" + String.join("\n", statements));
  }

  // --- the attempt prepared before the signal (issue 18 §2) ---

  /** The learner's prepared attempts of the quiz in the database. */
  private long preparedRows(long who, long quizId) {
    return preparedIds(who, quizId).size();
  }

  private List<Long> preparedIds(long who, long quizId) {
    return inTransaction(
        emf,
        em ->
            em.createQuery(
                    "select a.id from Attempt a where a.learnerId = :learner"
                        + " and a.quiz.id = :quiz and a.state = :state",
                    Long.class)
                .setParameter("learner", who)
                .setParameter("quiz", quizId)
                .setParameter("state", AttemptState.PREPARED)
                .getResultList());
  }

  @Test
  void preparingTwiceWritesOneAttemptThatCountsNowhereAndShowsNoQuestion() {
    long quizId = quiz(20, 1, 600, ReviewOptions.afterAttempt());
    boolean once = call(a -> a.prepare(quizId, 0, "da"));
    boolean twice = call(a -> a.prepare(quizId, 0, "da"));
    assertTrue(once);
    assertFalse(twice, "prepared already: nothing done");
    assertEquals(1, preparedRows(learner, quizId));
    long preparedId = preparedIds(learner, quizId).get(0);

    QuizOverview overview = call(a -> a.overview(quizId, "da"));
    assertTrue(overview.attempts().isEmpty(), "not an attempt before its start");
    assertTrue(overview.canStart(), "the limit of one is not used by it");
    Attempts.QuizPage page = call(a -> a.page(quizId, 0, "da"));
    assertNull(page.attempt());
    assertTrue(page.prepared());
    assertThrows(
        dk.tegn.core.problem.RecordNotFoundException.class,
        () -> call(a -> a.view(preparedId, "da")),
        "no question before the start");
    assertThrows(
        dk.tegn.core.problem.RecordNotFoundException.class,
        () -> call(a -> a.submit(preparedId, "da")));
    assertFalse(call(a -> a.overdueIds(1000)).contains(preparedId));
    assertTrue(started.fired.isEmpty(), "no AttemptStarted for a prepared attempt");

    AttemptView attempt = call(a -> a.startOrResume(quizId, "da"));
    assertEquals(preparedId, attempt.id(), "the start stamps the prepared attempt");
    assertEquals(1, attempt.number());
    assertEquals(0, preparedRows(learner, quizId));
    assertEquals(1, started.fired.size());
    call(a -> a.submit(attempt.id(), "da"));
    var refused =
        assertThrows(RuleViolationException.class, () -> call(a -> a.prepare(quizId, 0, "da")));
    assertEquals("assessments_attempt.noAttemptsLeft", refused.messageKey(), "as the start");
    assertEquals(0, preparedRows(learner, quizId));
  }

  /** A prepared attempt is the person's data: in their export, gone with their erasure. */
  @Test
  void aPreparedAttemptIsExportedAndErased() {
    long quizId = quiz(20, 0, null, ReviewOptions.afterAttempt());
    long started = call(a -> a.startOrResume(quizId, "da")).id();
    call(a -> a.submit(started, "da"));
    call(a -> a.prepare(quizId, 0, "da"));
    long preparedId = preparedIds(learner, quizId).get(0);
    var person = new dk.tegn.core.privacy.Person(learner, "u", "U", "u@x", org.getId(), "da");
    JsonObject export =
        inTransaction(
            emf, em -> dk.tegn.assessments.privacy.control.PrivacyKit.on(em).export(person));
    assertTrue(
        export.getJsonArray("attempts").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                r ->
                    r.getJsonNumber("attempt").longValue() == preparedId
                        && "PREPARED".equals(r.getString("state"))),
        export.toString());
    inTransaction(
        emf,
        em -> {
          dk.tegn.assessments.privacy.control.PrivacyKit.on(em).erase(person);
          return null;
        });
    assertEquals(0, preparedRows(learner, quizId), "a draw never started is no result: gone");
    assertEquals(1, call(a -> a.overview(quizId, "da")).attempts().size(), "the result stays");
  }

  /** A double click or two tabs: the unique key keeps one; the other writes nothing. */
  @Test
  void twoPreparesAtOnceWriteOneAttempt() throws Exception {
    long quizId = quiz(20, 0, null, ReviewOptions.afterAttempt());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> both = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        both.add(
            pool.submit(
                () -> {
                  go.await();
                  return call(a -> a.prepare(quizId, 0, "da"));
                }));
      }
      go.countDown();
      int prepared = 0;
      for (Future<Boolean> f : both) {
        try {
          prepared += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        } catch (ExecutionException e) {
          assertTrue(duplicateKey(e), "only the unique key refuses the other: " + e.getCause());
        }
      }
      assertEquals(1, prepared);
      assertEquals(1, preparedRows(learner, quizId));
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of a prepared attempt writes one UPDATE and reads the quiz, the learner's attempts
   * (the prepared one among them) and one count of its questions changed since: no slot, no
   * question. It answers with the stamp; the questions come with the attempt's view. Before session
   * 17 it read 5 (the slots with their versions and questions, their category, the slots'
   * collection, to answer with the questions).
   */
  @Test
  void startingAPreparedAttemptIsOneUpdateAndTheTimeStartsThen() {
    long quizId = quiz(20, 0, 600, ReviewOptions.afterAttempt());
    call(a -> a.prepare(quizId, 0, "da"));
    long preparedId = preparedIds(learner, quizId).get(0);
    clock.advance(Duration.ofMinutes(7));
    List<AttemptStamp> stamp = new ArrayList<>();
    List<String> statements = sql.during(() -> stamp.add(call(a -> a.start(quizId, 0, "da"))));
    assertEquals(preparedId, stamp.get(0).id());
    assertEquals(1, stamp.get(0).number());
    assertEquals(AttemptState.IN_PROGRESS, stamp.get(0).state());
    assertEquals(clock.instant(), stamp.get(0).startedAt(), "the timer starts at the start");
    assertEquals(600L, stamp.get(0).secondsLeft(), "the timer starts at the start");
    List<String> selects = selects(statements);
    List<String> written = statements.stream().filter(q -> !selects.contains(q)).toList();
    System.out.printf(
        "[prepared start] %d statements: %d selects, %d written%n",
        statements.size(), selects.size(), written.size());
    assertEquals(1, written.size(), "written:\n" + String.join("\n", written));
    assertTrue(written.get(0).startsWith("UPDATE asm_attempt"), written.get(0));
    assertTrue(selects.size() <= 3, selects.size() + " selects:\n" + String.join("\n", selects));
    assertTrue(
        selects.stream()
            .filter(q -> q.contains("asm_attempt_slot"))
            .allMatch(q -> q.startsWith("SELECT COUNT")),
        "no slot read, only counted:\n" + String.join("\n", selects));
    // the questions, as drawn when it was prepared, with the attempt's view
    AttemptView view = call(a -> a.view(preparedId, "da"));
    assertEquals(20, view.questions().size());
    assertEquals(600L, view.secondsLeft());
  }

  @Test
  void anAttemptPreparedBeforeTheQuizOrAQuestionChangedIsDrawnAgain() {
    long quizId = quiz(20, 0, 600, ReviewOptions.afterAttempt());
    call(a -> a.prepare(quizId, 0, "da"));
    long first = preparedIds(learner, quizId).get(0);
    inTransaction(
        emf,
        em -> {
          // as QuizAuthoring does for a change of the slots
          em.lock(
              em.find(Quiz.class, quizId),
              jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          return null;
        });
    assertFalse(call(a -> a.page(quizId, 0, "da")).prepared(), "stale: to be prepared again");
    AttemptView fresh = call(a -> a.startOrResume(quizId, "da"));
    assertNotEquals(first, fresh.id());
    assertEquals(1, fresh.number());
    assertEquals(0, preparedRows(learner, quizId), "the stale one is gone");

    TestCaller other = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
    as(other, a -> a.prepare(quizId, 0, "da"));
    long second = preparedIds(other.accountId(), quizId).get(0);
    long retired =
        inTransaction(
            emf,
            em -> {
              Question q =
                  em.createQuery(
                          "select s.questionVersion.question from AttemptSlot s"
                              + " where s.attempt.id = :id and s.slot = 1",
                          Question.class)
                      .setParameter("id", second)
                      .getSingleResult();
              q.retire();
              return q.getId();
            });
    AttemptView redrawn = as(other, a -> a.startOrResume(quizId, "da"));
    assertNotEquals(second, redrawn.id(), "a question of it was retired: drawn again");
    assertEquals(0, preparedRows(other.accountId(), quizId));
    long shownRetired =
        inTransaction(
            emf,
            em ->
                em.createQuery(
                        "select count(s) from AttemptSlot s where s.attempt.id = :id"
                            + " and s.questionVersion.question.id = :q",
                        Long.class)
                    .setParameter("id", redrawn.id())
                    .setParameter("q", retired)
                    .getSingleResult());
    assertEquals(0, shownRetired);
  }

  /**
   * Two starts of one prepared attempt at once (two tabs, two cluster members): both read it
   * prepared, the first stamps it, the second's UPDATE finds its version gone and is refused;
   * pressing start again resumes the one started.
   */
  @Test
  void ofTwoStartsOfOnePreparedAttemptOneWins() throws Exception {
    long quizId = fixedQuiz(5);
    call(a -> a.prepare(quizId, 0, "da"));
    long preparedId = preparedIds(learner, quizId).get(0);
    CountDownLatch firstStamped = new CountDownLatch(1);
    CountDownLatch secondRead = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<AttemptView> first =
          pool.submit(
              () ->
                  call(
                      a -> {
                        AttemptView v = a.startOrResume(quizId, "da");
                        firstStamped.countDown();
                        try {
                          // not committed until the second has read the attempt as prepared
                          assertTrue(secondRead.await(30, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                          throw new IllegalStateException(e);
                        }
                        return v;
                      }));
      assertTrue(firstStamped.await(30, TimeUnit.SECONDS));
      var refused =
          assertThrows(
              RuleViolationException.class,
              () ->
                  call(
                      a -> {
                        assertTrue(a.overview(quizId, "da").attempts().isEmpty(), "read prepared");
                        secondRead.countDown();
                        return a.startOrResume(quizId, "da");
                      }));
      assertEquals("assessments_attempt.startedMeanwhile", refused.messageKey());
      assertEquals(preparedId, first.get(60, TimeUnit.SECONDS).id());
    } finally {
      secondRead.countDown();
      pool.shutdownNow();
    }
    AttemptView again = call(a -> a.startOrResume(quizId, "da"));
    assertEquals(preparedId, again.id(), "resumed");
    assertEquals(1, call(a -> a.overview(quizId, "da")).attempts().size());
    assertEquals(1, started.fired.size(), "started once");
  }

  long fixedQuiz(int questions) {
    return fixedQuiz(emf, org, questions);
  }

  /**
   * The start line's rate once starts only stamp (issue 18 §2, ops/BENCHMARKS.md §3.aa): threads
   * stamp prepared attempts of different learners from one line, as AttemptStarts' drainers do, 2
   * and 4 (and 6) at once, alternated round by round in one JVM after an uncounted warm-up round,
   * against the test MariaDB on the same box. Prints starts a second for each. A bench ({@code
   * -Dbench=true}, {@code -Dbench.n} starts a round): its figures are the box's.
   */
  @Test
  @EnabledIfSystemProperty(named = "bench", matches = "true")
  void startsASecondWithTwoFourAndSixAtOnce() throws Exception {
    long quizId = fixedQuiz(20);
    int perRound = Integer.getInteger("bench.n", 120);
    int rounds = 4;
    int[] atOnce = {2, 4, 6};
    long[] nanos = new long[atOnce.length];
    for (int round = -1; round < rounds; round++) {
      for (int turn = 0; turn < atOnce.length; turn++) {
        int way = Math.floorMod(round + turn, atOnce.length);
        java.util.Queue<TestCaller> line = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < perRound; i++) {
          TestCaller who = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
          as(who, a -> a.prepare(quizId, 0, "da"));
          line.add(who);
        }
        ExecutorService drainers = Executors.newFixedThreadPool(atOnce[way]);
        try {
          List<Future<Integer>> done = new ArrayList<>();
          long from = System.nanoTime();
          for (int t = 0; t < atOnce[way]; t++) {
            done.add(
                drainers.submit(
                    () -> {
                      int n = 0;
                      for (TestCaller next = line.poll(); next != null; next = line.poll()) {
                        // once: events recorded per start, not in this test's shared lists
                        once(emf, next, clock, a -> a.start(quizId, 0, "da"));
                        n++;
                      }
                      return n;
                    }));
          }
          int started = 0;
          for (Future<Integer> f : done) {
            started += f.get(300, TimeUnit.SECONDS);
          }
          assertEquals(perRound, started);
          if (round >= 0) {
            nanos[way] += System.nanoTime() - from;
          }
        } finally {
          drainers.shutdownNow();
        }
      }
    }
    StringBuilder line = new StringBuilder("[start line] prepared starts a second, alternated:");
    for (int way = 0; way < atOnce.length; way++) {
      line.append(
          String.format(" %d at once %.1f;", atOnce[way], rounds * perRound / (nanos[way] / 1e9)));
    }
    System.out.println(line);
  }

  /** A quiz of this many questions of one category, each in a slot of its own (the exam's). */
  static long fixedQuiz(EntityManagerFactory emf, Organisation org, int questions) {
    return inTransaction(
        emf,
        em -> {
          Category category = Banks.category(em, org.getId());
          Quiz quiz =
              Banks.quiz(em, org.getId(), Banks.settings(0, null, ReviewOptions.afterAttempt()));
          IntStream.rangeClosed(1, questions)
              .forEach(
                  i -> quiz.addQuestion(Banks.question(em, category, "f" + i, Questions.single())));
          em.flush();
          return quiz.getId();
        });
  }

  /**
   * A start finished after its caller was told "busy" is resumed by the next press, outside the
   * queue of starts (AttemptStarts): that is only cheap while resuming reads a few rows and writes
   * nothing.
   */
  @Test
  void resumingAnAttemptReadsAFewRowsAndWritesNothing() {
    long quizId = quiz(20, 0, null, ReviewOptions.afterAttempt());
    AttemptView started = call(a -> a.startOrResume(quizId, "da"));
    List<AttemptStamp> resumed = new ArrayList<>();
    List<String> statements = sql.during(() -> resumed.add(call(a -> a.start(quizId, 0, "da"))));
    assertEquals(started.id(), resumed.get(0).id());
    List<String> selects = selects(statements);
    assertEquals(statements.size(), selects.size(), "nothing written:\n" + statements);
    assertTrue(selects.size() <= 3, selects.size() + " selects:\n" + String.join("\n", selects));
  }

  /**
   * The quiz page's every load (TakeQuizBacking.load): the standing and the attempt to show in one
   * call, the open attempt while there is one, else the last; fewer statements than the overview
   * and the view apart, which read and check the attempt twice.
   */
  @Test
  void thePageShowsTheOpenAttemptElseTheLastAndReadsLessThanOverviewAndViewApart() {
    long quizId = quiz(20, 0, null, ReviewOptions.afterAttempt());
    Attempts.QuizPage before = call(a -> a.page(quizId, 0, "da"));
    assertNull(before.attempt(), "nothing started: nothing to show");
    assertTrue(before.overview().canStart());
    AttemptView started = call(a -> a.startOrResume(quizId, "da"));
    List<Attempts.QuizPage> pages = new ArrayList<>();
    List<String> together =
        selects(sql.during(() -> pages.add(call(a -> a.page(quizId, 0, "da")))));
    Attempts.QuizPage open = pages.get(0);
    assertEquals(started.id(), open.overview().openAttemptId());
    assertEquals(started.id(), open.attempt().id());
    assertTrue(open.attempt().inProgress());
    assertEquals(
        started.questions().stream().map(QuestionView::options).toList(),
        open.attempt().questions().stream().map(QuestionView::options).toList(),
        "the same questions in the same option order");
    List<String> apart =
        selects(
            sql.during(
                () -> {
                  call(a -> a.overview(quizId, 0, "da"));
                  call(a -> a.view(started.id(), "da"));
                }));
    assertTrue(
        together.size() < apart.size(),
        together.size() + " against " + apart.size() + ":\n" + String.join("\n", together));
    call(a -> a.submit(started.id(), "da"));
    Attempts.QuizPage after = call(a -> a.page(quizId, 0, "da"));
    assertNull(after.overview().openAttemptId());
    assertEquals(started.id(), after.attempt().id(), "the last attempt, with its result");
    assertFalse(after.attempt().inProgress());
  }

  @Test
  void submittingAndViewingReadTheSlotsQuestionsTogetherNotOneByOne() {
    long quizId = quiz(20, 0, null, ReviewOptions.afterAttempt());
    AttemptView view = call(a -> a.startOrResume(quizId, "da"));
    List<String> submit = selects(sql.during(() -> call(a -> a.submit(view.id(), "da"))));
    assertTrue(submit.size() <= 10, submit.size() + " selects:\n" + String.join("\n", submit));
    List<String> viewed = selects(sql.during(() -> call(a -> a.view(view.id(), "da"))));
    assertTrue(viewed.size() <= 8, viewed.size() + " selects:\n" + String.join("\n", viewed));
  }
}
