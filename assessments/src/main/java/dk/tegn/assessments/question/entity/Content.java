package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type-specific part of a question version: its options and how a response is graded. Grading
 * happens only here, on the server; the browser receives options without their correctness.
 */
public sealed interface Content
    permits SingleChoice, MultipleResponse, TrueFalse, Matching, Ordering, NumericAnswer, Scenario {

  Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");

  QuestionType type();

  /** The share of the marks the response earns, 0..1. A response of the wrong shape earns 0. */
  double grade(Response response);

  /** A response that earns full marks: what review shows as "the right answer". */
  Response rightAnswer();

  /**
   * Refuses a response that names keys this question does not have, so nonsense is never stored.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  void check(Response response);

  /** Lists of keys whose display order an attempt fixes (the question's own, or one per part). */
  List<Orderable> orderables();

  /** Feedback for what the trainee picked (per-choice feedback); empty for other types. */
  default List<LocalizedText> feedbackFor(Response response) {
    return List.of();
  }

  /**
   * Keys shown in an order fixed per attempt.
   *
   * @param part "" for the question itself, else the scenario part's key
   * @param alwaysShuffle true where showing the stored order would give the answer away (ordering
   *     items, matching options), whatever the quiz says about shuffling
   */
  record Orderable(String part, List<String> keys, boolean alwaysShuffle) {}

  static String requireKey(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new ContentRuleException("key.format", key);
    }
    return key;
  }

  static void requireUniqueKeys(List<String> keys, String what) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw new ContentRuleException("key.twice", what, key);
      }
    }
  }

  static void requireKnown(List<String> given, List<String> known) {
    for (String key : given) {
      if (!known.contains(key)) {
        throw new ContentRuleException("key.unknown", key);
      }
    }
  }
}
