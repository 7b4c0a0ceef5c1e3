package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.control.QuestionView.Option;
import dk.tegn.assessments.attempt.entity.Attempt;
import dk.tegn.assessments.attempt.entity.AttemptSlot;
import dk.tegn.assessments.question.entity.Choice;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.MatchPair;
import dk.tegn.assessments.question.entity.Matching;
import dk.tegn.assessments.question.entity.MultipleResponse;
import dk.tegn.assessments.question.entity.OrderItem;
import dk.tegn.assessments.question.entity.Ordering;
import dk.tegn.assessments.question.entity.Part;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.assessments.question.entity.Scenario;
import dk.tegn.assessments.question.entity.SingleChoice;
import dk.tegn.assessments.question.entity.TrueFalse;
import dk.tegn.assessments.quiz.control.RandomDraw;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.ReviewOptions;
import dk.tegn.i18n.LocalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds what a learner may see of an attempt, applying the quiz's review options. */
public final class AttemptViews {

  private AttemptViews() {}

  /**
   * A question as a trainee would meet it in an attempt (options shuffled as an attempt would,
   * nothing answered, nothing of the review), for an author's preview of a question not yet saved.
   */
  public static QuestionView preview(
      LocalizedText text, LocalizedText generalFeedback, Content content, String language) {
    Map<String, List<String>> presentation =
        RandomDraw.presentation(content.orderables(), true, new java.util.Random());
    return question(
        1,
        "",
        text,
        generalFeedback,
        content,
        null,
        presentation,
        new PublicKeys(presentation),
        new ReviewOptions.Visible(false, false, false),
        language,
        false);
  }

  static AttemptView of(
      Attempt attempt, Map<Integer, Response> answers, String language, Instant now) {
    Quiz quiz = attempt.getQuiz();
    return of(
        attempt,
        answers,
        language,
        now,
        quiz.getReview()
            .visible(attempt.getSubmittedAt(), quiz.getCloseAt(), now, passedOrLast(attempt)));
  }

  /**
   * A submitted attempt as staff who look after the learner see it (a coordinator's per-learner
   * report): everything the review could show, whatever the quiz's review options tell the learner.
   */
  static AttemptView forStaff(
      Attempt attempt, Map<Integer, Response> answers, String language, Instant now) {
    boolean submitted = !attempt.isInProgress();
    return of(
        attempt,
        answers,
        language,
        now,
        new ReviewOptions.Visible(submitted, submitted, submitted));
  }

  private static AttemptView of(
      Attempt attempt,
      Map<Integer, Response> answers,
      String language,
      Instant now,
      ReviewOptions.Visible visible) {
    Quiz quiz = attempt.getQuiz();
    List<QuestionView> questions = new ArrayList<>();
    for (AttemptSlot slot : attempt.getSlots()) {
      PublicKeys keys = new PublicKeys(slot.presentation());
      var version = slot.getQuestionVersion();
      questions.add(
          question(
              slot.getSlot(),
              "",
              version.getText(),
              version.getGeneralFeedback(),
              version.getContent(),
              answers.get(slot.getSlot()),
              slot.presentation(),
              keys,
              visible,
              language,
              slot.isFlagged()));
    }
    boolean scored = visible.score() && attempt.getScorePercent() != null;
    return new AttemptView(
        attempt.getId(),
        quiz.getId(),
        quiz.getTitle().resolve(language, null),
        attempt.getNumber(),
        attempt.getState(),
        attempt.getStartedAt(),
        attempt.getDeadline(),
        attempt.isInProgress() ? attempt.secondsLeft(now) : null,
        attempt.getSubmittedAt(),
        attempt.getFinishedBy(),
        quiz.getQuestionsPerPage(),
        quiz.getPassMarkPercent(),
        scored ? attempt.getScorePercent() : null,
        scored ? attempt.getPassed() : null,
        visible.rightAnswers(),
        visible.feedback(),
        questions,
        scored && Boolean.FALSE.equals(attempt.getPassed()) ? missedLessons(attempt) : List.of());
  }

  /** The lessons of the questions not fully right, each once, in the order of the questions. */
  static List<AttemptView.MissedLesson> missedLessons(Attempt attempt) {
    Map<String, List<Integer>> slots = new LinkedHashMap<>();
    for (AttemptSlot slot : attempt.getSlots()) {
      String lesson = slot.getQuestionVersion().getQuestion().getLesson();
      Double fraction = slot.getFraction();
      if (lesson != null && (fraction == null || fraction < 1.0)) {
        slots.computeIfAbsent(lesson, l -> new ArrayList<>()).add(slot.getSlot());
      }
    }
    List<AttemptView.MissedLesson> missed = new ArrayList<>();
    slots.forEach((lesson, numbers) -> missed.add(new AttemptView.MissedLesson(lesson, numbers)));
    return missed;
  }

  /** Whether the attempt passed or was the last the quiz allows (for the after-pass review). */
  static boolean passedOrLast(Attempt attempt) {
    Quiz quiz = attempt.getQuiz();
    return Boolean.TRUE.equals(attempt.getPassed())
        || (quiz.getAttemptsAllowed() > 0 && attempt.getNumber() >= quiz.getAttemptsAllowed());
  }

  private static QuestionView question(
      int slot,
      String part,
      LocalizedText text,
      LocalizedText generalFeedback,
      Content content,
      Response response,
      Map<String, List<String>> presentation,
      PublicKeys keys,
      ReviewOptions.Visible visible,
      String language,
      boolean flagged) {
    Function<LocalizedText, String> tr = t -> t.isEmpty() ? null : t.resolve(language, null);
    List<Option> options = new ArrayList<>();
    List<Option> prompts = new ArrayList<>();
    List<QuestionView> parts = new ArrayList<>();
    List<String> order = presentation.getOrDefault(part, List.of());
    if (content instanceof SingleChoice s) {
      addChoices(options, s.choices(), order, keys, part, tr);
    } else if (content instanceof MultipleResponse m) {
      addChoices(options, m.choices(), order, keys, part, tr);
    } else if (content instanceof TrueFalse) {
      options.add(new Option(TrueFalse.TRUE, null));
      options.add(new Option(TrueFalse.FALSE, null));
    } else if (content instanceof Matching m) {
      for (MatchPair p : m.pairs()) {
        prompts.add(new Option(p.key(), tr.apply(p.prompt())));
      }
      for (String key : order) {
        MatchPair p = m.pairs().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        options.add(new Option(keys.publicKey(part, key), tr.apply(p.match())));
      }
    } else if (content instanceof Ordering o) {
      for (String key : order) {
        OrderItem i = o.items().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        options.add(new Option(keys.publicKey(part, key), tr.apply(i.text())));
      }
    } else if (content instanceof Scenario s) {
      Map<String, Response> given = response instanceof Response.Parts p ? p.parts() : Map.of();
      for (Part p : s.parts()) {
        parts.add(
            question(
                slot,
                p.key(),
                p.text(),
                p.generalFeedback(),
                p.content(),
                given.get(p.key()),
                presentation,
                keys,
                visible,
                language,
                false));
      }
    }
    List<String> feedback = new ArrayList<>();
    if (visible.feedback()) {
      if (response != null) {
        content.feedbackFor(response).forEach(f -> feedback.add(tr.apply(f)));
      }
      if (!generalFeedback.isEmpty()) {
        feedback.add(tr.apply(generalFeedback));
      }
    }
    return new QuestionView(
        slot,
        part,
        content.type(),
        tr.apply(text),
        options,
        prompts,
        parts,
        response == null ? null : ContentJson.writeResponse(keys.toPublic(response, part)),
        visible.score() ? (response == null ? 0 : content.grade(response)) : null,
        visible.rightAnswers()
            ? ContentJson.writeResponse(keys.toPublic(content.rightAnswer(), part))
            : null,
        feedback,
        flagged);
  }

  private static void addChoices(
      List<Option> options,
      List<Choice> choices,
      List<String> order,
      PublicKeys keys,
      String part,
      Function<LocalizedText, String> tr) {
    for (String key : order) {
      Choice c = choices.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
      options.add(new Option(keys.publicKey(part, key), tr.apply(c.text())));
    }
  }
}
