package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.question.entity.ContentRuleException;
import dk.tegn.assessments.question.entity.QuestionType;
import dk.tegn.assessments.quiz.entity.GradingMethod;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.assessments.quiz.entity.ReviewWhen;
import dk.tegn.i18n.LocalizedText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a "tegn-bank/1" file (assessments/FORMAT.md) and checks all of it, naming every problem
 * with its line, before anything is written: an import writes the {@link Plan} only when there was
 * none.
 */
final class BankFileReader {

  /** What the reader needs to know of the banks the file is imported into. */
  interface Banks {

    boolean hasQuestion(String categoryCode, String questionCode);

    /** How many questions the category holds; null when there is no such category. */
    Long questionCount(String categoryCode);
  }

  record QuestionPlan(
      String code,
      List<String> audiences,
      String lesson,
      LocalizedText text,
      LocalizedText feedback,
      Content content) {}

  record CategoryPlan(String code, LocalizedText name, List<QuestionPlan> questions) {}

  /** A fixed question (category + question code) or a draw (category code + count). */
  record SlotPlan(String categoryCode, String questionCode, int count) {}

  record QuizPlan(String code, Quiz.Settings settings, List<SlotPlan> slots) {}

  record Plan(List<CategoryPlan> categories, List<QuizPlan> quizzes) {}

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

  private final LocatedJson json;
  private final Banks banks;
  private final Instant now;
  private final List<ContentProblem> problems = new ArrayList<>();

  private BankFileReader(LocatedJson json, Banks banks, Instant now) {
    this.json = json;
    this.banks = banks;
    this.now = now;
  }

  /**
   * @throws BankFileException naming every problem of the file
   */
  static Plan read(String file, Banks banks, Instant now) {
    LocatedJson json;
    try {
      json = new LocatedJson(file);
    } catch (JsonParsingException e) {
      throw new BankFileException(
          List.of(
              ContentProblem.of(
                  "bank.notJson",
                  e.getLocation().getLineNumber(),
                  e.getLocation().getColumnNumber(),
                  e.getMessage())));
    }
    if (!(json.root() instanceof JsonObject root)) {
      throw new BankFileException(List.of(ContentProblem.of("bank.notObject")));
    }
    BankFileReader reader = new BankFileReader(json, banks, now);
    Plan plan = reader.read(root);
    if (!reader.problems.isEmpty()) {
      throw new BankFileException(reader.problems);
    }
    return plan;
  }

  private Plan read(JsonObject root) {
    if (!BankTransfer.FORMAT.equals(stringOrNull(root.get("format")))) {
      add(root, ContentProblem.of("bank.format", BankTransfer.FORMAT));
    }
    unknownFields(root, FILE_FIELDS, ContentProblem.of("where.file"));
    List<CategoryPlan> categories = readCategories(root);
    return new Plan(categories, readQuizzes(root, categories));
  }

  private List<CategoryPlan> readCategories(JsonObject root) {
    List<CategoryPlan> plans = new ArrayList<>();
    List<JsonObject> categories = objects(root, "categories");
    for (int i = 0; i < categories.size(); i++) {
      JsonObject c = categories.get(i);
      ContentProblem where = ContentProblem.of("where.category", keyOr(c, "#" + (i + 1)));
      try {
        String code = Content.requireKey(ContentJson.string(c, "key"));
        unknownFields(c, CATEGORY_FIELDS, where);
        LocalizedText name = ContentJson.text(c, "name");
        List<QuestionPlan> questions = new ArrayList<>();
        List<JsonObject> items =
            c.containsKey("questions") ? ContentJson.objects(c, "questions") : List.of();
        for (int q = 0; q < items.size(); q++) {
          JsonObject item = items.get(q);
          ContentProblem question =
              ContentProblem.of("where.question", code, keyOr(item, "#" + (q + 1)));
          try {
            questions.add(readQuestion(item, question));
          } catch (IllegalArgumentException e) {
            add(item, ContentProblem.of(e).inside(question));
          }
        }
        requireUnique(
            questions.stream().map(QuestionPlan::code).toList(),
            c,
            ContentProblem.of("what.question").within("where.category", code));
        plans.add(new CategoryPlan(code, name, questions));
      } catch (IllegalArgumentException e) {
        add(c, ContentProblem.of(e).inside(where));
      }
    }
    requireUnique(
        plans.stream().map(CategoryPlan::code).toList(), null, ContentProblem.of("what.category"));
    return plans;
  }

  private QuestionPlan readQuestion(JsonObject q, ContentProblem where) {
    String code = Content.requireKey(ContentJson.string(q, "key"));
    QuestionType type = QuestionType.fromFileName(ContentJson.string(q, "type"));
    unknownFields(q, union(COMMON_FIELDS, TYPE_FIELDS.get(type)), where);
    if (type == QuestionType.SCENARIO && q.containsKey("subQuestions")) {
      for (JsonObject part : ContentJson.objects(q, "subQuestions")) {
        QuestionType partType = QuestionType.fromFileName(ContentJson.string(part, "type"));
        unknownFields(
            part,
            union(Set.of("key", "type", "text", "generalFeedback"), TYPE_FIELDS.get(partType)),
            ContentProblem.of("where.subQuestion", keyOr(part, "?")).inside(where));
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
      throw new ContentRuleException("bank.lesson", lesson);
    }
    return lesson;
  }

  private List<QuizPlan> readQuizzes(JsonObject root, List<CategoryPlan> categories) {
    List<QuizPlan> plans = new ArrayList<>();
    List<JsonObject> quizzes = objects(root, "quizzes");
    for (int i = 0; i < quizzes.size(); i++) {
      JsonObject q = quizzes.get(i);
      ContentProblem where = ContentProblem.of("where.quiz", keyOr(q, "#" + (i + 1)));
      try {
        String code = Content.requireKey(ContentJson.string(q, "key"));
        unknownFields(q, QUIZ_FIELDS, where);
        Quiz.Settings settings = readSettings(q);
        // the entity checks the settings together (e.g. review after close needs a close date)
        new Quiz(null, code, settings, now);
        List<SlotPlan> slots = new ArrayList<>();
        List<JsonObject> slotObjects = ContentJson.objects(q, "slots");
        for (int s = 0; s < slotObjects.size(); s++) {
          try {
            slots.add(readSlot(slotObjects.get(s), categories));
          } catch (IllegalArgumentException e) {
            add(slotObjects.get(s), ContentProblem.of(e).within("where.slot", s + 1).inside(where));
          }
        }
        plans.add(new QuizPlan(code, settings, slots));
      } catch (IllegalArgumentException e) {
        add(q, ContentProblem.of(e).inside(where));
      }
    }
    requireUnique(
        plans.stream().map(QuizPlan::code).toList(), null, ContentProblem.of("what.quiz"));
    return plans;
  }

  private static Quiz.Settings readSettings(JsonObject q) {
    if (!q.containsKey("passMarkPercent")) {
      throw new ContentRuleException("bank.passMarkRequired");
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

  private SlotPlan readSlot(JsonObject s, List<CategoryPlan> categories) {
    if (s.containsKey("question") == s.containsKey("random")) {
      throw new ContentRuleException("bank.slotShape");
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
          throw new ContentRuleException(
              holders.isEmpty() ? "bank.questionNotInFile" : "bank.questionInSeveral", ref);
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
      if (!inFile && !banks.hasQuestion(categoryCode, questionCode)) {
        throw new ContentRuleException("bank.questionNotFound", categoryCode, questionCode);
      }
      return new SlotPlan(categoryCode, questionCode, 1);
    }
    if (!(s.get("random") instanceof JsonObject random)) {
      throw new ContentRuleException("bank.randomShape");
    }
    String categoryCode = ContentJson.string(random, "category");
    int count = ContentJson.integer(random, "count", 0);
    if (count < 1) {
      throw new ContentRuleException("bank.randomCount");
    }
    Long available =
        categories.stream()
            .filter(c -> c.code().equals(categoryCode))
            .findFirst()
            .map(c -> (long) c.questions().size())
            .orElseGet(() -> banks.questionCount(categoryCode));
    if (available == null) {
      throw new ContentRuleException("bank.categoryNotFound", categoryCode);
    }
    if (available < count) {
      throw new ContentRuleException("bank.tooFewInCategory", categoryCode, available, count);
    }
    return new SlotPlan(categoryCode, null, count);
  }

  // ---------------------------------------------------------------- problems

  /** The top-level list {@code field}; a problem (and no entries) when it is not a list. */
  private List<JsonObject> objects(JsonObject root, String field) {
    if (!root.containsKey(field)) {
      return List.of();
    }
    try {
      return ContentJson.objects(root, field);
    } catch (IllegalArgumentException e) {
      add(root, ContentProblem.of(e));
      return List.of();
    }
  }

  private void add(JsonObject at, ContentProblem problem) {
    problems.add(at == null ? problem : problem.atLine(json.line(at)));
  }

  private void unknownFields(JsonObject o, Set<String> allowed, ContentProblem where) {
    for (String field : o.keySet()) {
      if (!allowed.contains(field)) {
        add(
            o,
            ContentProblem.of("bank.unknownField", field, allowed.stream().sorted().toList())
                .inside(where));
      }
    }
  }

  private void requireUnique(List<String> codes, JsonObject at, ContentProblem what) {
    Map<String, Integer> seen = new HashMap<>();
    codes.forEach(c -> seen.merge(c, 1, Integer::sum));
    seen.forEach(
        (code, n) -> {
          if (n > 1) {
            add(at, ContentProblem.of("bank.keyUsedTimes", code, n).inside(what));
          }
        });
  }

  // ---------------------------------------------------------------- values

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> result = new HashSet<>(a);
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
    String text = ContentJson.string(o, field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ContentRuleException("field.instant", field, text);
    }
  }
}
