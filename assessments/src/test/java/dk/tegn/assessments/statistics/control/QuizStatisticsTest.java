package dk.tegn.assessments.statistics.control;

import static dk.tegn.core.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.attempt.entity.Attempt;
import dk.tegn.assessments.attempt.entity.FinishedBy;
import dk.tegn.assessments.question.Questions;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.statistics.control.QuizStatisticsView.ChoiceCount;
import dk.tegn.assessments.testing.Banks;
import dk.tegn.assessments.testing.People;
import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizStatisticsTest {

  static EntityManagerFactory emf;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-assessments-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  QuizStatisticsView statistics(TestCaller who, long quizId) {
    return inTransaction(
        emf,
        em -> {
          QuizStatistics statistics = new QuizStatistics();
          statistics.em = em;
          statistics.caller = who;
          return statistics.forQuiz(quizId, "da");
        });
  }

  /**
   * Four learners answer a single-choice and a true/false question. The two strong ones get both
   * right; the weak ones pick "b" and get only the true/false right.
   */
  long quizWithFourAttempts(Organisation org) {
    List<Long> learners = List.of(1, 2, 3, 4).stream().map(i -> People.account(emf, org)).toList();
    return inTransaction(
        emf,
        em -> {
          Category category = Banks.category(em, org.getId());
          Question single = Banks.question(em, category, "single", Questions.single());
          Question tf = Banks.question(em, category, "tf", Questions.trueFalse());
          Quiz quiz =
              Banks.quiz(em, org.getId(), Banks.settings(0, null, ReviewOptions.afterAttempt()));
          quiz.addQuestion(single);
          quiz.addQuestion(tf);
          em.flush();
          for (int i = 0; i < 4; i++) {
            boolean strong = i < 2;
            QuestionVersion v1 = single.current();
            QuestionVersion v2 = tf.current();
            Attempt a =
                new Attempt(
                    quiz,
                    learners.get(i),
                    0,
                    1,
                    i,
                    Banks.T0,
                    List.of(
                        new AbstractMap.SimpleEntry<>(v1, Map.of("", List.of("a", "b", "c"))),
                        new AbstractMap.SimpleEntry<>(v2, Map.of())));
            em.persist(a);
            em.flush();
            Map<Integer, Response> answers = new HashMap<>();
            answers.put(1, new Response.Keys(List.of(strong ? "a" : "b")));
            answers.put(2, new Response.Keys(List.of("false")));
            answers.forEach(
                (slot, r) ->
                    em.createNativeQuery(
                            "INSERT INTO asm_answer (attempt_id, slot, response, saved_at)"
                                + " VALUES (?, ?, ?, ?)")
                        .setParameter(1, a.getId())
                        .setParameter(2, slot)
                        .setParameter(3, ContentJson.writeResponse(r).toString())
                        .setParameter(4, LocalDateTime.of(2026, 11, 23, 10, 0))
                        .executeUpdate());
            a.submit(answers, FinishedBy.LEARNER, Banks.T0);
          }
          return quiz.getId();
        });
  }

  @Test
  void trainersSeeFacilityDiscriminationDistributionAndChoiceCounts() {
    Organisation org = People.organisation(emf);
    long quizId = quizWithFourAttempts(org);
    var trainer = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINER);
    QuizStatisticsView stats = statistics(trainer, quizId);
    assertEquals(4, stats.attempts());
    assertEquals(75.0, stats.averagePercent());
    assertEquals(50.0, stats.passRatePercent(), "pass mark 80: only the strong pass");
    assertEquals(List.of(0, 0, 0, 0, 0, 2, 0, 0, 0, 2), stats.distribution());
    var single = stats.questions().get(0);
    assertEquals(50.0, single.facility());
    assertNull(single.discrimination(), "the rest (true/false) never varies");
    assertEquals(List.of(2, 2, 0), single.choices().stream().map(ChoiceCount::count).toList());
    var tf = stats.questions().get(1);
    assertEquals(100.0, tf.facility(), "too easy: everyone right");
    assertEquals(List.of(0, 4), tf.choices().stream().map(ChoiceCount::count).toList());
  }

  /** An attempt prepared before its start (issue 18 §2) counts in no figure. */
  @Test
  void aPreparedAttemptCountsNowhere() {
    Organisation org = People.organisation(emf);
    long quizId = quizWithFourAttempts(org);
    long learner = People.account(emf, org);
    inTransaction(
        emf,
        em -> {
          Quiz quiz = em.find(Quiz.class, quizId);
          List<Map.Entry<QuestionVersion, Map<String, List<String>>>> shown =
              quiz.getSlots().stream()
                  .map(
                      s ->
                          (Map.Entry<QuestionVersion, Map<String, List<String>>>)
                              new AbstractMap.SimpleEntry<
                                  QuestionVersion, Map<String, List<String>>>(
                                  s.getQuestion().current(), Map.of()))
                  .toList();
          em.persist(Attempt.prepared(quiz, learner, 0, 7, Banks.T0, shown));
          return null;
        });
    var trainer = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINER);
    QuizStatisticsView stats = statistics(trainer, quizId);
    assertEquals(4, stats.attempts());
    assertEquals(75.0, stats.averagePercent());
    var coordinator = TestCaller.of(People.account(emf, org), org.getId(), Role.COORDINATOR);
    assertEquals(4, statistics(coordinator, quizId).attempts());
  }

  @Test
  void aCoordinatorSeesOnlyTheirOrganisationsAttemptsAndATraineeNothing() {
    Organisation org = People.organisation(emf);
    long quizId = quizWithFourAttempts(org);
    Organisation other = People.organisation(emf);
    var foreignCoordinator =
        TestCaller.of(People.account(emf, other), other.getId(), Role.COORDINATOR);
    assertEquals(0, statistics(foreignCoordinator, quizId).attempts());
    var ownCoordinator = TestCaller.of(People.account(emf, org), org.getId(), Role.COORDINATOR);
    assertEquals(4, statistics(ownCoordinator, quizId).attempts());
    var trainee = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
    assertThrows(AccessDeniedException.class, () -> statistics(trainee, quizId));
    assertTrue(statistics(ownCoordinator, quizId).questions().size() == 2);
  }
}
