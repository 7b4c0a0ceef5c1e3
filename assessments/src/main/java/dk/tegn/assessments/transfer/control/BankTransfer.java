package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.quiz.control.QuizAuthoring;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.QuizSlot;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Exports categories and quizzes to the "tegn-bank/1" JSON format (assessments/FORMAT.md) and
 * imports them. An import reads and checks the whole file first and writes only when it found no
 * problem, so a bad file changes nothing. Importing a question whose wording did not change keeps
 * its current version, so importing the same file twice is harmless.
 */
@ApplicationScoped
@Transactional
public class BankTransfer {

  public static final String FORMAT = "tegn-bank/1";

  private static final Logger LOG = Logger.getLogger(BankTransfer.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;

  /**
   * What an import did.
   *
   * @param quizIds the imported quizzes' ids by their keys, so a script can go on with them
   */
  public record ImportReport(
      int categories, int questions, int newVersions, int quizzes, Map<String, Long> quizIds) {}

  // ---------------------------------------------------------------- import

  /**
   * Imports a bank file into {@code organisationId}'s banks (null: shared).
   *
   * @throws BankFileException naming every problem found; then nothing was imported
   */
  public ImportReport importBank(@NotNull String file, Long organisationId) {
    BankAccess.requireAuthor(caller, organisationId);
    return importAs(file, organisationId, caller.accountId());
  }

  /**
   * The same import for code that acts for the platform rather than for a signed-in person (the
   * starter curriculum at start, when nobody is signed in): no author check, and {@code
   * actingAccountId} is recorded as the author of new question versions. No boundary calls it.
   *
   * @throws BankFileException naming every problem found; then nothing was imported
   */
  public ImportReport importTrusted(
      @NotNull String file, Long organisationId, long actingAccountId) {
    return importAs(file, organisationId, actingAccountId);
  }

  private ImportReport importAs(String file, Long organisationId, long actingAccountId) {
    BankFileReader.Plan plan = BankFileReader.read(file, banksOf(organisationId), clock.now());
    ImportReport report = write(plan, organisationId, actingAccountId);
    LOG.info(() -> "bank file imported by account " + actingAccountId + ": " + report);
    return report;
  }

  /** The banks as a trainer importing into {@code organisationId} sees them. */
  private BankFileReader.Banks banksOf(Long organisationId) {
    return new BankFileReader.Banks() {
      @Override
      public boolean hasQuestion(String categoryCode, String questionCode) {
        return existingQuestion(organisationId, categoryCode, questionCode) != null;
      }

      @Override
      public Long questionCount(String categoryCode) {
        Category category = visibleCategory(organisationId, categoryCode);
        return category == null
            ? null
            : em.createNamedQuery("QuestionVersion.countCurrentByCategory", Long.class)
                .setParameter("categoryId", category.getId())
                .getSingleResult();
      }
    };
  }

  private ImportReport write(BankFileReader.Plan plan, Long organisationId, long actingAccountId) {
    List<BankFileReader.CategoryPlan> categories = plan.categories();
    List<BankFileReader.QuizPlan> quizzes = plan.quizzes();
    Instant now = clock.now();
    Map<String, Long> quizIds = new java.util.LinkedHashMap<>();
    int questions = 0;
    int versions = 0;
    for (BankFileReader.CategoryPlan c : categories) {
      Category category = QuestionBank.categoryByKey(em, organisationId, c.code());
      if (category == null) {
        category = new Category(organisationId, c.code(), c.name(), now);
        em.persist(category);
      } else {
        category.rename(c.name());
      }
      for (BankFileReader.QuestionPlan q : c.questions()) {
        Question question = questionByKey(category, q.code());
        if (question == null) {
          question = new Question(category, q.code(), q.audiences(), now);
          em.persist(question);
        } else {
          question.tag(q.audiences());
        }
        question.teachIn(q.lesson());
        int before = question.getCurrentNumber();
        question.revise(q.text(), q.feedback(), q.content(), now, actingAccountId);
        versions += question.getCurrentNumber() > before ? 1 : 0;
        questions++;
      }
      em.flush();
    }
    for (BankFileReader.QuizPlan q : quizzes) {
      Quiz quiz = QuizAuthoring.quizByKey(em, organisationId, q.code());
      if (quiz == null) {
        quiz = new Quiz(organisationId, q.code(), q.settings(), now);
        em.persist(quiz);
      } else {
        quiz.configure(q.settings());
        quiz.clearSlots();
        em.flush();
      }
      for (BankFileReader.SlotPlan s : q.slots()) {
        if (s.questionCode() != null) {
          quiz.addQuestion(existingQuestion(organisationId, s.categoryCode(), s.questionCode()));
        } else {
          quiz.addRandom(visibleCategory(organisationId, s.categoryCode()), s.count());
        }
      }
      em.flush();
      quizIds.put(quiz.getCode(), quiz.getId());
    }
    return new ImportReport(categories.size(), questions, versions, quizzes.size(), quizIds);
  }

  // ---------------------------------------------------------------- export

  /** Writes the categories (with their current questions) and quizzes as a bank file. */
  public String export(@NotNull List<Long> categoryIds, @NotNull List<Long> quizIds) {
    JsonArrayBuilder categories = JSON.createArrayBuilder();
    for (long id : categoryIds) {
      Category category = em.find(Category.class, id);
      if (category == null) {
        throw new RecordNotFoundException("category", id);
      }
      BankAccess.requireAuthor(caller, category.getOrganisationId());
      JsonArrayBuilder questions = JSON.createArrayBuilder();
      for (QuestionVersion v :
          em.createNamedQuery("QuestionVersion.listCurrentByCategory", QuestionVersion.class)
              .setParameter("categoryId", id)
              .setMaxResults(10_000)
              .getResultList()) {
        JsonObjectBuilder q =
            JSON.createObjectBuilder()
                .add("key", v.getQuestion().getCode())
                .add("type", v.getType().fileName())
                .add("audiences", JSON.createArrayBuilder(v.getQuestion().getAudiences()));
        if (v.getQuestion().getLesson() != null) {
          q.add("lesson", v.getQuestion().getLesson());
        }
        q.add("text", ContentJson.text(v.getText()));
        ContentJson.addText(q, "generalFeedback", v.getGeneralFeedback());
        ContentJson.writeFields(v.getContent(), q);
        questions.add(q);
      }
      categories.add(
          JSON.createObjectBuilder()
              .add("key", category.getCode())
              .add("name", ContentJson.text(category.getName()))
              .add("questions", questions));
    }
    JsonArrayBuilder quizzes = JSON.createArrayBuilder();
    for (long id : quizIds) {
      Quiz quiz = em.find(Quiz.class, id);
      if (quiz == null) {
        throw new RecordNotFoundException("quiz", id);
      }
      BankAccess.requireAuthor(caller, quiz.getOrganisationId());
      quizzes.add(quiz(quiz));
    }
    JsonObject file =
        JSON.createObjectBuilder()
            .add("format", FORMAT)
            .add("categories", categories)
            .add("quizzes", quizzes)
            .build();
    StringWriter out = new StringWriter();
    try (var writer =
        JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.write(file);
    }
    return out.toString().strip() + "\n";
  }

  private static JsonObject quiz(Quiz quiz) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("key", quiz.getCode())
            .add("title", ContentJson.text(quiz.getTitle()))
            .add("passMarkPercent", quiz.getPassMarkPercent())
            .add("attemptsAllowed", quiz.getAttemptsAllowed())
            .add("gradingMethod", fileName(quiz.getGradingMethod()));
    if (quiz.getTimeLimitSeconds() != null) {
      o.add("timeLimitSeconds", quiz.getTimeLimitSeconds());
    }
    o.add("questionsPerPage", quiz.getQuestionsPerPage())
        .add("shuffleChoices", quiz.isShuffleChoices())
        .add(
            "review",
            JSON.createObjectBuilder()
                .add("score", fileName(quiz.getReview().getScore()))
                .add("rightAnswers", fileName(quiz.getReview().getRightAnswers()))
                .add("feedback", fileName(quiz.getReview().getFeedback())));
    if (quiz.getOpenAt() != null) {
      o.add("openAt", quiz.getOpenAt().toString());
    }
    if (quiz.getCloseAt() != null) {
      o.add("closeAt", quiz.getCloseAt().toString());
    }
    JsonArrayBuilder slots = JSON.createArrayBuilder();
    for (QuizSlot s : quiz.getSlots()) {
      if (s.isRandom()) {
        slots.add(
            JSON.createObjectBuilder()
                .add(
                    "random",
                    JSON.createObjectBuilder()
                        .add("category", s.getCategory().getCode())
                        .add("count", s.getCount())));
      } else {
        slots.add(
            JSON.createObjectBuilder()
                .add(
                    "question",
                    s.getQuestion().getCategory().getCode() + "/" + s.getQuestion().getCode()));
      }
    }
    return o.add("slots", slots).build();
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The category a slot names, as a trainer importing into {@code organisationId} means it: the
   * organisation's own (which includes the file's, written by then), else a shared one.
   */
  private Category visibleCategory(Long organisationId, String code) {
    Category own = QuestionBank.categoryByKey(em, organisationId, code);
    return own != null || organisationId == null ? own : QuestionBank.categoryByKey(em, null, code);
  }

  private Question questionByKey(Category category, String questionCode) {
    return em.createNamedQuery("Question.findByCode", Question.class)
        .setParameter("categoryId", category.getId())
        .setParameter("code", questionCode)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Question existingQuestion(Long organisationId, String categoryCode, String questionCode) {
    Category category = visibleCategory(organisationId, categoryCode);
    return category == null ? null : questionByKey(category, questionCode);
  }

  private static String fileName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
