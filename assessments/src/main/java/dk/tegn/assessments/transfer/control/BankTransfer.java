package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.Question;
import dk.tegn.assessments.question.entity.QuestionType;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.quiz.control.QuizAuthoring;
import dk.tegn.assessments.quiz.entity.GradingMethod;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.QuizSlot;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.quiz.entity.ReviewWhen;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

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
  private static final Set<String> FILE_FIELDS = Set.of("format", "categories", "quizzes");
  private static final Set<String> CATEGORY_FIELDS = Set.of("key", "name", "questions");
  private static final Set<String> COMMON_FIELDS =
      Set.of("key", "type", "audiences", "lesson", "text", "generalFeedback");
  private static final Map<QuestionType, Set<String>> TYPE_FIELDS =
      Map.of(
          QuestionType.SINGLE_CHOICE, Set.of("choices"),
          QuestionType.MULTIPLE_RESPONSE, Set.of("choices", "partialCredit"),
          QuestionType.TRUE_FALSE, Set.of("answer", "trueFeedback", "falseFeedback"),
          QuestionType.MATCHING, Set.of("pairs"),
          QuestionType.ORDERING, Set.of("items"),
          QuestionType.NUMERIC, Set.of("answer", "tolerance"),
          QuestionType.SCENARIO, Set.of("subQuestions"));
  private static final Set<String> QUIZ_FIELDS =
      Set.of(
          "key",
          "title",
          "passMarkPercent",
          "attemptsAllowed",
          "gradingMethod",
          "timeLimitSeconds",
          "questionsPerPage",
          "shuffleChoices",
          "review",
          "openAt",
          "closeAt",
          "slots");

  private static final Pattern LESSON =
      Pattern.compile("[a-z0-9][a-z0-9-]{0,79}/[a-z0-9][a-z0-9-]{0,79}");

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

  private record QuestionPlan(
      String code,
      List<String> audiences,
      String lesson,
      LocalizedText text,
      LocalizedText feedback,
      Content content) {}

  private record CategoryPlan(String code, LocalizedText name, List<QuestionPlan> questions) {}

  /** A fixed question (category + question code) or a draw (category code + count). */
  private record SlotPlan(String categoryCode, String questionCode, int count) {}

  private record QuizPlan(String code, Quiz.Settings settings, List<SlotPlan> slots) {}

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
    List<String> problems = new ArrayList<>();
    LocatedJson json;
    try {
      json = new LocatedJson(file);
    } catch (JsonParsingException e) {
      throw new BankFileException(
          List.of(
              "line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ": not valid JSON ("
                  + e.getMessage()
                  + ")"));
    }
    if (!(json.root() instanceof JsonObject root)) {
      throw new BankFileException(List.of("the file must hold one JSON object"));
    }
    if (!root.containsKey("format") || !FORMAT.equals(stringOrNull(root.get("format")))) {
      problems.add(json.at(root) + "\"format\" must be \"" + FORMAT + "\"");
    }
    unknownFields(json, root, FILE_FIELDS, "the file", problems);
    List<CategoryPlan> categories = readCategories(json, root, problems);
    List<QuizPlan> quizzes = readQuizzes(json, root, categories, organisationId, problems);
    if (!problems.isEmpty()) {
      throw new BankFileException(problems);
    }
    ImportReport report = write(categories, quizzes, organisationId, actingAccountId);
    LOG.info(() -> "bank file imported by account " + actingAccountId + ": " + report);
    return report;
  }

  private List<CategoryPlan> readCategories(
      LocatedJson json, JsonObject root, List<String> problems) {
    List<CategoryPlan> plans = new ArrayList<>();
    if (!root.containsKey("categories")) {
      return plans;
    }
    List<JsonObject> categories;
    try {
      categories = ContentJson.objects(root, "categories");
    } catch (IllegalArgumentException e) {
      problems.add(json.at(root) + e.getMessage());
      return plans;
    }
    for (int i = 0; i < categories.size(); i++) {
      JsonObject c = categories.get(i);
      String where = "category " + keyOr(c, "#" + (i + 1));
      try {
        String code = Content.requireKey(ContentJson.string(c, "key"));
        unknownFields(json, c, CATEGORY_FIELDS, where, problems);
        LocalizedText name = ContentJson.text(c, "name");
        List<QuestionPlan> questions = new ArrayList<>();
        List<JsonObject> items =
            c.containsKey("questions") ? ContentJson.objects(c, "questions") : List.of();
        for (int q = 0; q < items.size(); q++) {
          JsonObject item = items.get(q);
          String questionWhere = "question '" + code + "/" + keyOr(item, "#" + (q + 1)) + "'";
          try {
            questions.add(readQuestion(json, item, questionWhere, problems));
          } catch (IllegalArgumentException e) {
            problems.add(json.at(item) + questionWhere + ": " + e.getMessage());
          }
        }
        requireUnique(
            questions.stream().map(QuestionPlan::code).toList(),
            json.at(c) + where + ": question",
            problems);
        plans.add(new CategoryPlan(code, name, questions));
      } catch (IllegalArgumentException e) {
        problems.add(json.at(c) + where + ": " + e.getMessage());
      }
    }
    requireUnique(plans.stream().map(CategoryPlan::code).toList(), "category", problems);
    return plans;
  }

  private QuestionPlan readQuestion(
      LocatedJson json, JsonObject q, String where, List<String> problems) {
    String code = Content.requireKey(ContentJson.string(q, "key"));
    QuestionType type = QuestionType.fromFileName(ContentJson.string(q, "type"));
    unknownFields(json, q, union(COMMON_FIELDS, TYPE_FIELDS.get(type)), where, problems);
    if (type == QuestionType.SCENARIO && q.containsKey("subQuestions")) {
      for (JsonObject part : ContentJson.objects(q, "subQuestions")) {
        QuestionType partType = QuestionType.fromFileName(ContentJson.string(part, "type"));
        unknownFields(
            json,
            part,
            union(Set.of("key", "type", "text", "generalFeedback"), TYPE_FIELDS.get(partType)),
            where + " sub-question '" + keyOr(part, "?") + "'",
            problems);
      }
    }
    return new QuestionPlan(
        code,
        ContentJson.strings(q, "audiences"),
        lesson(q),
        ContentJson.text(q, "text"),
        ContentJson.optionalText(q, "generalFeedback"),
        ContentJson.read(type, q));
  }

  /** The optional "lesson" reference: "module/item", two keys of a course package. */
  private static String lesson(JsonObject q) {
    if (!q.containsKey("lesson") || q.isNull("lesson")) {
      return null;
    }
    String lesson = ContentJson.string(q, "lesson");
    if (!LESSON.matcher(lesson).matches()) {
      throw new IllegalArgumentException(
          "lesson '" + lesson + "' is not 'module/item' (two keys of a course package)");
    }
    return lesson;
  }

  private List<QuizPlan> readQuizzes(
      LocatedJson json,
      JsonObject root,
      List<CategoryPlan> categories,
      Long organisationId,
      List<String> problems) {
    List<QuizPlan> plans = new ArrayList<>();
    if (!root.containsKey("quizzes")) {
      return plans;
    }
    List<JsonObject> quizzes;
    try {
      quizzes = ContentJson.objects(root, "quizzes");
    } catch (IllegalArgumentException e) {
      problems.add(json.at(root) + e.getMessage());
      return plans;
    }
    for (int i = 0; i < quizzes.size(); i++) {
      JsonObject q = quizzes.get(i);
      String where = "quiz '" + keyOr(q, "#" + (i + 1)) + "'";
      try {
        String code = Content.requireKey(ContentJson.string(q, "key"));
        unknownFields(json, q, QUIZ_FIELDS, where, problems);
        Quiz.Settings settings = readSettings(q);
        // the entity checks the settings together (e.g. review after close needs a close date)
        new Quiz(null, code, settings, clock.now());
        List<SlotPlan> slots = new ArrayList<>();
        for (JsonObject s : ContentJson.objects(q, "slots")) {
          try {
            slots.add(readSlot(s, categories, organisationId));
          } catch (IllegalArgumentException e) {
            problems.add(
                json.at(s) + where + " slot " + (slots.size() + 1) + ": " + e.getMessage());
          }
        }
        plans.add(new QuizPlan(code, settings, slots));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problems.add(json.at(q) + where + ": " + e.getMessage());
      }
    }
    requireUnique(plans.stream().map(QuizPlan::code).toList(), "quiz", problems);
    return plans;
  }

  private Quiz.Settings readSettings(JsonObject q) {
    if (!q.containsKey("passMarkPercent")) {
      throw new IllegalArgumentException("passMarkPercent is required (0..100)");
    }
    JsonObject review =
        q.get("review") instanceof JsonObject r ? r : JSON.createObjectBuilder().build();
    return new Quiz.Settings(
        ContentJson.text(q, "title"),
        ContentJson.integer(q, "passMarkPercent", -1),
        ContentJson.integer(q, "attemptsAllowed", 0),
        q.containsKey("gradingMethod")
            ? ContentJson.enumValue(
                GradingMethod.class, ContentJson.string(q, "gradingMethod"), "gradingMethod")
            : GradingMethod.HIGHEST,
        q.containsKey("timeLimitSeconds") && q.get("timeLimitSeconds") != JsonValue.NULL
            ? ContentJson.integer(q, "timeLimitSeconds", 0)
            : null,
        ContentJson.integer(q, "questionsPerPage", 0),
        !q.containsKey("shuffleChoices") || ContentJson.bool(q, "shuffleChoices"),
        new ReviewOptions(
            when(review, "score"), when(review, "rightAnswers"), when(review, "feedback")),
        instant(q, "openAt"),
        instant(q, "closeAt"));
  }

  private SlotPlan readSlot(JsonObject s, List<CategoryPlan> categories, Long organisationId) {
    if (s.containsKey("question") == s.containsKey("random")) {
      throw new IllegalArgumentException(
          "a slot is {\"question\": \"category/question\"} or {\"random\": {\"category\": ..., \"count\": n}}");
    }
    if (s.containsKey("question")) {
      String ref = ContentJson.string(s, "question");
      int slash = ref.indexOf('/');
      String categoryCode;
      String questionCode;
      if (slash > 0) {
        categoryCode = ref.substring(0, slash);
        questionCode = ref.substring(slash + 1);
      } else {
        List<String> holders =
            categories.stream()
                .filter(c -> c.questions().stream().anyMatch(q -> q.code().equals(ref)))
                .map(CategoryPlan::code)
                .toList();
        if (holders.size() != 1) {
          throw new IllegalArgumentException(
              "question '"
                  + ref
                  + "' is "
                  + (holders.isEmpty() ? "not in this file" : "in several categories")
                  + "; write it as \"category/question\"");
        }
        categoryCode = holders.get(0);
        questionCode = ref;
      }
      boolean inFile =
          categories.stream()
              .anyMatch(
                  c ->
                      c.code().equals(categoryCode)
                          && c.questions().stream().anyMatch(q -> q.code().equals(questionCode)));
      if (!inFile && existingQuestion(organisationId, categoryCode, questionCode) == null) {
        throw new IllegalArgumentException(
            "question '" + categoryCode + "/" + questionCode + "' not found");
      }
      return new SlotPlan(categoryCode, questionCode, 1);
    }
    if (!(s.get("random") instanceof JsonObject random)) {
      throw new IllegalArgumentException(
          "random must be an object {\"category\": ..., \"count\": n}");
    }
    String categoryCode = ContentJson.string(random, "category");
    int count = ContentJson.integer(random, "count", 0);
    if (count < 1) {
      throw new IllegalArgumentException("random count must be 1 or more");
    }
    long available =
        categories.stream()
            .filter(c -> c.code().equals(categoryCode))
            .findFirst()
            .map(c -> (long) c.questions().size())
            .orElseGet(() -> countExisting(organisationId, categoryCode));
    if (available < count) {
      throw new IllegalArgumentException(
          "category '" + categoryCode + "' has " + available + " questions; " + count + " wanted");
    }
    return new SlotPlan(categoryCode, null, count);
  }

  private ImportReport write(
      List<CategoryPlan> categories,
      List<QuizPlan> quizzes,
      Long organisationId,
      long actingAccountId) {
    Instant now = clock.now();
    Map<String, Long> quizIds = new java.util.LinkedHashMap<>();
    int questions = 0;
    int versions = 0;
    for (CategoryPlan plan : categories) {
      Category category = QuestionBank.categoryByKey(em, organisationId, plan.code());
      if (category == null) {
        category = new Category(organisationId, plan.code(), plan.name(), now);
        em.persist(category);
      } else {
        category.rename(plan.name());
      }
      for (QuestionPlan q : plan.questions()) {
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
    for (QuizPlan plan : quizzes) {
      Quiz quiz = QuizAuthoring.quizByKey(em, organisationId, plan.code());
      if (quiz == null) {
        quiz = new Quiz(organisationId, plan.code(), plan.settings(), now);
        em.persist(quiz);
      } else {
        quiz.configure(plan.settings());
        quiz.clearSlots();
        em.flush();
      }
      for (SlotPlan s : plan.slots()) {
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

  private long countExisting(Long organisationId, String categoryCode) {
    Category category = visibleCategory(organisationId, categoryCode);
    if (category == null) {
      throw new IllegalArgumentException("category '" + categoryCode + "' not found");
    }
    return em.createNamedQuery("QuestionVersion.countCurrentByCategory", Long.class)
        .setParameter("categoryId", category.getId())
        .getSingleResult();
  }

  private static void unknownFields(
      LocatedJson json, JsonObject o, Set<String> allowed, String where, List<String> problems) {
    for (String field : o.keySet()) {
      if (!allowed.contains(field)) {
        problems.add(
            json.at(o)
                + where
                + ": unknown field \""
                + field
                + "\" (allowed: "
                + allowed.stream().sorted().toList()
                + ")");
      }
    }
  }

  private static void requireUnique(List<String> codes, String what, List<String> problems) {
    Map<String, Integer> seen = new HashMap<>();
    codes.forEach(c -> seen.merge(c, 1, Integer::sum));
    seen.forEach(
        (code, n) -> {
          if (n > 1) {
            problems.add(what + " key '" + code + "' is used " + n + " times");
          }
        });
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> result = new java.util.HashSet<>(a);
    result.addAll(b);
    return result;
  }

  private static String keyOr(JsonObject o, String fallback) {
    String key = stringOrNull(o.get("key"));
    return key == null ? fallback : key;
  }

  private static String stringOrNull(JsonValue v) {
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static ReviewWhen when(JsonObject review, String field) {
    return review.containsKey(field)
        ? ContentJson.enumValue(
            ReviewWhen.class, ContentJson.string(review, field), "review." + field)
        : ReviewWhen.AFTER_ATTEMPT;
  }

  private static Instant instant(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    return Instant.parse(ContentJson.string(o, field));
  }

  private static String fileName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
