package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Tick all that apply; partly right answers score by {@link PartialCredit}. */
public record MultipleResponse(List<Choice> choices, PartialCredit partialCredit)
    implements Content {

  public MultipleResponse {
    choices = List.copyOf(choices);
    partialCredit = Objects.requireNonNullElse(partialCredit, PartialCredit.PROPORTIONAL);
    Choices.validate(choices, 2);
  }

  @Override
  public QuestionType type() {
    return QuestionType.MULTIPLE_RESPONSE;
  }

  @Override
  public double grade(Response response) {
    if (!(response instanceof Response.Keys k)) {
      return 0;
    }
    Set<String> ticked = new HashSet<>(k.keys());
    long right = choices.stream().filter(Choice::correct).count();
    long wrong = choices.size() - right;
    long rightTicked =
        choices.stream().filter(c -> c.correct() && ticked.contains(c.key())).count();
    long wrongTicked =
        choices.stream().filter(c -> !c.correct() && ticked.contains(c.key())).count();
    if (partialCredit == PartialCredit.NONE) {
      return rightTicked == right && wrongTicked == 0 ? 1 : 0;
    }
    double score = (double) rightTicked / right - (wrong == 0 ? 0 : (double) wrongTicked / wrong);
    return Math.max(0, score);
  }

  @Override
  public Response rightAnswer() {
    return new Response.Keys(choices.stream().filter(Choice::correct).map(Choice::key).toList());
  }

  @Override
  public void check(Response response) {
    if (!(response instanceof Response.Keys k)) {
      throw new ContentRuleException("multiple.answer");
    }
    Content.requireKnown(k.keys(), Choices.keys(choices));
    Content.requireUniqueKeys(k.keys(), "answer");
  }

  @Override
  public List<Orderable> orderables() {
    return List.of(new Orderable("", Choices.keys(choices), false));
  }

  @Override
  public List<LocalizedText> feedbackFor(Response response) {
    return Choices.feedbackFor(choices, response);
  }
}
