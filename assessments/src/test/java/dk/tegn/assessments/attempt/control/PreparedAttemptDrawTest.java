package dk.tegn.assessments.attempt.control;

import static dk.tegn.core.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.attempt.entity.AttemptState;
import dk.tegn.assessments.question.Questions;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.testing.Banks;
import dk.tegn.assessments.testing.MutableClock;
import dk.tegn.assessments.testing.People;
import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a prepared random draw is kept for (issue 18 §2): the draw is the one made at the prepare,
 * as a draw made at a start stays while the attempt runs. Only a change of the quiz (its version)
 * or of a question it drew (edited: a new version; retired) draws again at the start
 * (AttemptsTest.anAttemptPreparedBeforeTheQuizOrAQuestionChangedIsDrawnAgain); questions added to
 * the slot's category after the prepare, or questions it did not draw being edited, do not.
 */
class PreparedAttemptDrawTest {

  static EntityManagerFactory emf;
  Organisation org;
  MutableClock clock;
  TestCaller learner;
  long categoryId;
  long quizId;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-assessments-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  /** A quiz drawing 5 of a category's 10 questions; the learner's attempt prepared. */
  @BeforeEach
  void prepared() {
    org = People.organisation(emf);
    clock = new MutableClock(Banks.T0);
    learner = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
    inTransaction(
        emf,
        em -> {
          Category category = Banks.category(em, org.getId());
          IntStream.rangeClosed(1, 10)
              .forEach(i -> Banks.question(em, category, "q" + i, Questions.single()));
          Quiz quiz =
              Banks.quiz(em, org.getId(), Banks.settings(0, 600, ReviewOptions.afterAttempt()));
          quiz.addRandom(category, 5);
          em.flush();
          categoryId = category.getId();
          quizId = quiz.getId();
          return null;
        });
    boolean prepared = call(a -> a.prepare(quizId, 0, "da"));
    assertTrue(prepared);
  }

  @Test
  void questionsAddedToTheCategoryAfterThePrepareDoNotDrawAgain() {
    long preparedId = preparedId();
    List<Long> drawn = drawnQuestions(preparedId);
    assertEquals(5, drawn.size());
    inTransaction(
        emf,
        em -> {
          // a question of the category the prepare did not draw, edited
          em.createQuery(
                  "select q from Question q where q.category.id = :c and q.id not in :drawn"
                      + " order by q.id",
                  Question.class)
              .setParameter("c", categoryId)
              .setParameter("drawn", drawn)
              .setMaxResults(1)
              .getSingleResult()
              .revise(
                  Questions.text("Ændret"),
                  Questions.text("Generelt"),
                  Questions.single(),
                  clock.instant(),
                  null);
          Category category = em.find(Category.class, categoryId);
          IntStream.rangeClosed(1, 40)
              .forEach(i -> Banks.question(em, category, "new" + i, Questions.single()));
          return null;
        });
    assertEquals(50, questionsIn(categoryId));
    assertTrue(
        call(a -> a.page(quizId, 0, "da")).prepared(), "still prepared for the quiz as it is");
    boolean again = call(a -> a.prepare(quizId, 0, "da"));
    assertFalse(again, "preparing again keeps it");

    AttemptView started = call(a -> a.startOrResume(quizId, "da"));

    assertEquals(preparedId, started.id(), "the prepared attempt is started, not drawn again");
    assertEquals(drawn, drawnQuestions(started.id()), "the questions drawn at the prepare");
    assertEquals(5, started.questions().size());
  }

  @Test
  void aDrawnQuestionEditedAfterThePrepareDrawsAgain() {
    long preparedId = preparedId();
    long edited = drawnQuestions(preparedId).get(0);
    inTransaction(
        emf,
        em ->
            em.find(Question.class, edited)
                .revise(
                    Questions.text("Ændret"),
                    Questions.text("Generelt"),
                    Questions.single(),
                    clock.instant(),
                    null));
    AttemptView started = call(a -> a.startOrResume(quizId, "da"));
    assertNotEquals(preparedId, started.id(), "drawn again at the start");
    assertTrue(preparedIds().isEmpty(), "the stale one is gone");
  }

  private long questionsIn(long category) {
    return inTransaction(
        emf,
        em ->
            em.createQuery("select count(q) from Question q where q.category.id = :c", Long.class)
                .setParameter("c", category)
                .getSingleResult());
  }

  private long preparedId() {
    List<Long> ids = preparedIds();
    assertEquals(1, ids.size());
    return ids.get(0);
  }

  private List<Long> preparedIds() {
    return inTransaction(
        emf,
        em ->
            em.createQuery(
                    "select a.id from Attempt a where a.learnerId = :learner"
                        + " and a.quiz.id = :quiz and a.state = :state",
                    Long.class)
                .setParameter("learner", learner.accountId())
                .setParameter("quiz", quizId)
                .setParameter("state", AttemptState.PREPARED)
                .getResultList());
  }

  /** The ids of the questions in the attempt's slots, in slot order. */
  private List<Long> drawnQuestions(long attemptId) {
    return inTransaction(
        emf,
        em ->
            em.createQuery(
                    "select s.questionVersion.question.id from AttemptSlot s"
                        + " where s.attempt.id = :id order by s.slot",
                    Long.class)
                .setParameter("id", attemptId)
                .getResultList());
  }

  private <T> T call(Function<Attempts, T> work) {
    return AttemptsTest.once(emf, learner, clock, work);
  }
}
