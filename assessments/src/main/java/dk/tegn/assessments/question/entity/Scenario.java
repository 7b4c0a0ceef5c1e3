package dk.tegn.assessments.question.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case text (the question's text) followed by sub-questions of the other types; every part weighs
 * the same.
 */
public record Scenario(List<Part> parts) implements Content {

  public Scenario {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new ContentRuleException("scenario.tooFew");
    }
    Content.requireUniqueKeys(parts.stream().map(Part::key).toList(), "subQuestions");
    for (Part part : parts) {
      if (part.content() instanceof Scenario) {
        throw new ContentRuleException("scenario.nested", part.key());
      }
    }
  }

  @Override
  public QuestionType type() {
    return QuestionType.SCENARIO;
  }

  @Override
  public double grade(Response response) {
    if (!(response instanceof Response.Parts given)) {
      return 0;
    }
    double sum = 0;
    for (Part part : parts) {
      Response r = given.parts().get(part.key());
      sum += r == null ? 0 : part.content().grade(r);
    }
    return sum / parts.size();
  }

  @Override
  public Response rightAnswer() {
    Map<String, Response> answers = new LinkedHashMap<>();
    parts.forEach(p -> answers.put(p.key(), p.content().rightAnswer()));
    return new Response.Parts(answers);
  }

  @Override
  public void check(Response response) {
    if (!(response instanceof Response.Parts given)) {
      throw new ContentRuleException("scenario.answer");
    }
    for (Map.Entry<String, Response> e : given.parts().entrySet()) {
      Part part =
          part(e.getKey())
              .orElseThrow(() -> new ContentRuleException("scenario.unknownPart", e.getKey()));
      part.content().check(e.getValue());
    }
  }

  @Override
  public List<Orderable> orderables() {
    List<Orderable> result = new ArrayList<>();
    for (Part part : parts) {
      for (Orderable o : part.content().orderables()) {
        result.add(new Orderable(part.key(), o.keys(), o.alwaysShuffle()));
      }
    }
    return result;
  }

  public java.util.Optional<Part> part(String key) {
    return parts.stream().filter(p -> p.key().equals(key)).findFirst();
  }
}
