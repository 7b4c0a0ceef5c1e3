package dk.tegn.assessments.quiz.control;

import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.question.control.OwnedKeys;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.control.Refusals;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.LocalizedText;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Logger;

/** A trainer builds quizzes from fixed questions and random draws, and sets how they are taken. */
@ApplicationScoped
@Transactional
public class QuizAuthoring {

  private static final Logger LOG = Logger.getLogger(QuizAuthoring.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject QuestionBank bank;

  public List<Quiz> quizzes(@Min(0) int first, @Min(1) @Max(500) int max) {
    return em.createNamedQuery("Quiz.listVisible", Quiz.class)
        .setParameter("organisations", BankAccess.authorOrganisations(caller))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public Quiz quiz(long quizId) {
    Quiz quiz = em.find(Quiz.class, quizId);
    if (quiz == null) {
      throw new RecordNotFoundException("quiz", quizId);
    }
    BankAccess.requireAuthor(caller, quiz.getOrganisationId());
    return quiz;
  }

  /**
   * The quiz with this key in the organisation, or among the shared quizzes when {@code
   * organisationId} is null; null when there is none. Checks no access: for services that did (and
   * for courses, which refer to a package's quizzes by key).
   */
  public static Quiz quizByKey(EntityManager em, Long organisationId, String code) {
    return OwnedKeys.find(em, Quiz.class, organisationId, code);
  }

  public Quiz create(Long organisationId, @NotNull String code, @NotNull Quiz.Settings settings) {
    BankAccess.requireAuthor(caller, organisationId);
    if (quizByKey(em, organisationId, code) != null) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_rule.codeTaken", code);
    }
    Quiz quiz = Refusals.asRule(() -> new Quiz(organisationId, code, settings, clock.now()));
    em.persist(quiz);
    LOG.info(() -> "quiz " + code + " created by account " + caller.accountId());
    return quiz;
  }

  /**
   * A new quiz of the organisation named {@code title}, with the usual settings and a key made from
   * the title (a trainer makes it from a course's quiz item, then adds its questions).
   */
  public Quiz createNamed(long organisationId, @NotNull LocalizedText title, String language) {
    String base = OwnedKeys.slug(title.resolve(language, language), "quiz");
    String code = base;
    for (int n = 2; quizByKey(em, organisationId, code) != null; n++) {
      code = base + "-" + n;
    }
    return create(organisationId, code, Quiz.Settings.usual(title));
  }

  public Quiz configure(long quizId, @NotNull Quiz.Settings settings) {
    Quiz quiz = quiz(quizId);
    Refusals.asRule(
        () -> {
          quiz.configure(settings);
          return quiz;
        });
    return quiz;
  }

  public Quiz addQuestion(long quizId, long questionId) {
    Quiz quiz = quiz(quizId);
    Question question = bank.question(questionId);
    if (quiz.getSlots().stream().anyMatch(s -> question.equals(s.getQuestion()))) {
      throw new RuleViolationException(Messages.ASSESSMENTS, "assessments_rule.questionTwice");
    }
    quiz.addQuestion(question);
    return slotsChanged(quiz);
  }

  /**
   * Adds a draw of {@code count} questions from the category. A draw larger than the category would
   * only fail later, when a trainee starts an attempt, so it is refused here.
   */
  public Quiz addRandom(long quizId, long categoryId, @Min(1) int count) {
    Quiz quiz = quiz(quizId);
    Category category = bank.category(categoryId);
    long available = bank.countQuestions(categoryId);
    if (count > available) {
      throw new RuleViolationException(
          Messages.ASSESSMENTS, "assessments_rule.drawTooMany", count, available);
    }
    Refusals.asRule(() -> quiz.addRandom(category, count));
    return slotsChanged(quiz);
  }

  public Quiz removeSlot(long quizId, int position) {
    Quiz quiz = quiz(quizId);
    quiz.removeSlot(position);
    return slotsChanged(quiz);
  }

  public Quiz moveSlot(long quizId, int position, int direction) {
    Quiz quiz = quiz(quizId);
    quiz.moveSlot(position, direction);
    return slotsChanged(quiz);
  }

  /**
   * A change of the slots counts as a change of the quiz (its version goes up, which its own
   * columns' changes do by themselves): an attempt prepared before it draws again at its start.
   */
  private Quiz slotsChanged(Quiz quiz) {
    em.lock(quiz, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return quiz;
  }
}
