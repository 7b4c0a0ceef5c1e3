package dk.tegn.assessments.question.control;

import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Logger;

/** A trainer keeps categories of questions; editing a question adds a version. */
@ApplicationScoped
@Transactional
public class QuestionBank {

  private static final Logger LOG = Logger.getLogger(QuestionBank.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;

  public List<Category> categories(@Min(0) int first, @Min(1) @Max(500) int max) {
    return em.createNamedQuery("Category.listVisible", Category.class)
        .setParameter("organisations", BankAccess.authorOrganisations(caller))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public Category category(long categoryId) {
    Category category = em.find(Category.class, categoryId);
    if (category == null) {
      throw new RecordNotFoundException("category", categoryId);
    }
    BankAccess.requireAuthor(caller, category.getOrganisationId());
    return category;
  }

  /**
   * The category with this key in the organisation's bank, or among the shared categories when
   * {@code organisationId} is null; null when there is none. Checks no access: for services that
   * did.
   */
  public static Category categoryByKey(EntityManager em, Long organisationId, String code) {
    return OwnedKeys.find(em, Category.class, organisationId, code);
  }

  /**
   * Creates a category in the organisation's bank (null: shared), or renames its one with this key.
   */
  public Category saveCategory(
      Long organisationId, @NotNull String code, @NotNull LocalizedText name) {
    BankAccess.requireAuthor(caller, organisationId);
    Category existing = categoryByKey(em, organisationId, code);
    if (existing != null) {
      existing.rename(name);
      return existing;
    }
    Category category =
        Refusals.asRule(() -> new Category(organisationId, code, name, clock.now()));
    em.persist(category);
    LOG.info(() -> "category " + code + " created by account " + caller.accountId());
    return category;
  }

  public List<QuestionVersion> questions(
      long categoryId, @Min(0) int first, @Min(1) @Max(500) int max) {
    category(categoryId);
    return em.createNamedQuery("QuestionVersion.listCurrentByCategory", QuestionVersion.class)
        .setParameter("categoryId", categoryId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countQuestions(long categoryId) {
    category(categoryId);
    return em.createNamedQuery("QuestionVersion.countCurrentByCategory", Long.class)
        .setParameter("categoryId", categoryId)
        .getSingleResult();
  }

  public Question question(long questionId) {
    Question question = em.find(Question.class, questionId);
    if (question == null) {
      throw new RecordNotFoundException("question", questionId);
    }
    BankAccess.requireAuthor(caller, question.getCategory().getOrganisationId());
    return question;
  }

  public QuestionVersion version(long versionId) {
    QuestionVersion version = em.find(QuestionVersion.class, versionId);
    if (version == null) {
      throw new RecordNotFoundException("question version", versionId);
    }
    BankAccess.requireAuthor(caller, version.getQuestion().getCategory().getOrganisationId());
    return version;
  }

  /**
   * Saves a question by its code within the category: creates it, or adds a version when the
   * wording changed (an unchanged wording keeps the current version).
   */
  public QuestionVersion saveQuestion(
      long categoryId,
      @NotNull String code,
      @NotNull List<String> audiences,
      @NotNull LocalizedText text,
      LocalizedText generalFeedback,
      @NotNull Content content) {
    Category category = category(categoryId);
    Question question =
        em.createNamedQuery("Question.findByCode", Question.class)
            .setParameter("categoryId", categoryId)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (question == null) {
      question = Refusals.asRule(() -> new Question(category, code, audiences, clock.now()));
      em.persist(question);
    } else {
      question.tag(audiences);
    }
    Question q = question;
    QuestionVersion version =
        Refusals.asRule(
            () -> q.revise(text, generalFeedback, content, clock.now(), caller.accountId()));
    em.flush();
    return version;
  }

  public void retire(long questionId) {
    question(questionId).retire();
  }
}
