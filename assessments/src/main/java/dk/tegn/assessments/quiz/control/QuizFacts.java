package dk.tegn.assessments.quiz.control;

import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.QuizSlot;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What another module may know of a quiz, as records rather than the entity, so that only this
 * module reads and writes quizzes: courses points items at quizzes, lists them for a choice, and
 * packs a course's quizzes with the categories their questions come from.
 */
@ApplicationScoped
@Transactional
public class QuizFacts {

  /**
   * A quiz by id and key.
   *
   * @param id the quiz
   * @param code its key, unique in its organisation
   * @param title its title in every language it has
   * @param categoryIds the categories its slots draw from or whose questions they hold, in slot
   *     order
   */
  public record QuizFact(long id, String code, LocalizedText title, Set<Long> categoryIds) {}

  /** A quiz as a choice in a list: id, key and title. */
  public record QuizChoice(long id, String code, LocalizedText title) {}

  @PersistenceContext EntityManager em;
  @Inject QuizAuthoring authoring;

  /**
   * Makes a new quiz of the organisation named {@code title}, with the usual settings (a trainer of
   * it only): its id, for a course item to point at.
   */
  public long newQuiz(long organisationId, LocalizedText title, String language) {
    Quiz quiz = authoring.createNamed(organisationId, title, language);
    em.flush(); // the id comes with the insert
    return quiz.getId();
  }

  /** One quiz; trusted (the caller has checked access to what points at it). */
  public QuizFact of(long quizId) {
    Quiz quiz = em.find(Quiz.class, quizId);
    if (quiz == null) {
      throw new RecordNotFoundException("quiz", quizId);
    }
    return fact(quiz);
  }

  /** The id of an organisation's quiz by its key; 404 when there is none. */
  public long idByKey(long organisationId, String code) {
    Quiz quiz = QuizAuthoring.quizByKey(em, organisationId, code);
    if (quiz == null) {
      throw new RecordNotFoundException("quiz", code);
    }
    return quiz.getId();
  }

  /** The quizzes the caller may put into a course (those of their banks). */
  public List<QuizChoice> choices(@Min(0) int first, @Min(1) @Max(500) int max) {
    return authoring.quizzes(first, max).stream()
        .map(q -> new QuizChoice(q.getId(), q.getCode(), q.getTitle()))
        .toList();
  }

  private static QuizFact fact(Quiz quiz) {
    Set<Long> categories = new LinkedHashSet<>();
    for (QuizSlot s : quiz.getSlots()) {
      categories.add(
          s.isRandom() ? s.getCategory().getId() : s.getQuestion().getCategory().getId());
    }
    return new QuizFact(quiz.getId(), quiz.getCode(), quiz.getTitle(), categories);
  }
}
