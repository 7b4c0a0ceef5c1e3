package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import java.util.List;

/** Pick one; full marks for a correct choice (a question may accept several as correct). */
public record SingleChoice(List<Choice> choices) implements Content {

  public SingleChoice {
    choices = List.copyOf(choices);
    Choices.validate(choices, 2);
  }

  @Override
  public QuestionType type() {
    return QuestionType.SINGLE_CHOICE;
  }

  @Override
  public double grade(Response response) {
    if (response instanceof Response.Keys k && k.keys().size() == 1) {
      return Choices.find(choices, k.keys().get(0)).map(c -> c.correct() ? 1.0 : 0.0).orElse(0.0);
    }
    return 0;
  }

  @Override
  public Response rightAnswer() {
    return new Response.Keys(
        List.of(choices.stream().filter(Choice::correct).findFirst().orElseThrow().key()));
  }

  @Override
  public void check(Response response) {
    if (!(response instanceof Response.Keys k) || k.keys().size() > 1) {
      throw new ContentRuleException("single.answer");
    }
    Content.requireKnown(k.keys(), Choices.keys(choices));
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
