package dk.tegn.assessments.testing;

import dk.tegn.assessments.question.Questions;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.quiz.entity.GradingMethod;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Arranges categories, questions and quizzes directly as entities. */
public final class Banks {

  public static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private Banks() {}

  public static Category category(EntityManager em, Long organisationId) {
    Category c =
        new Category(organisationId, People.unique("cat"), Questions.text("Indikatorer"), T0);
    em.persist(c);
    return c;
  }

  public static Question question(
      EntityManager em, Category category, String code, Content content) {
    Question q = new Question(category, code, List.of("police"), T0);
    q.revise(Questions.text("Spørgsmål " + code), Questions.text("Generelt"), content, T0, null);
    em.persist(q);
    return q;
  }

  public static Quiz.Settings settings(
      int attemptsAllowed, Integer timeLimitSeconds, ReviewOptions review) {
    return new Quiz.Settings(
        Questions.text("Prøve"),
        80,
        attemptsAllowed,
        GradingMethod.HIGHEST,
        timeLimitSeconds,
        0,
        true,
        review,
        null,
        null);
  }

  public static Quiz quiz(EntityManager em, Long organisationId, Quiz.Settings settings) {
    Quiz quiz = new Quiz(organisationId, People.unique("quiz"), settings, T0);
    em.persist(quiz);
    return quiz;
  }
}
