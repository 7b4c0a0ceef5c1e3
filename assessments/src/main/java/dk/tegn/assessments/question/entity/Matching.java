package dk.tegn.assessments.question.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Match each prompt with one of the (shuffled) matches. Each right match earns an equal share, so
 * three of four right scores 0.75.
 */
public record Matching(List<MatchPair> pairs) implements Content {

  public Matching {
    pairs = List.copyOf(pairs);
    if (pairs.size() < 2) {
      throw new ContentRuleException("matching.tooFew");
    }
    Content.requireUniqueKeys(keys(pairs), "pairs");
  }

  @Override
  public QuestionType type() {
    return QuestionType.MATCHING;
  }

  @Override
  public double grade(Response response) {
    if (!(response instanceof Response.Matches m)) {
      return 0;
    }
    long right = pairs.stream().filter(p -> p.key().equals(m.matches().get(p.key()))).count();
    return (double) right / pairs.size();
  }

  @Override
  public Response rightAnswer() {
    Map<String, String> matches = new LinkedHashMap<>();
    pairs.forEach(p -> matches.put(p.key(), p.key()));
    return new Response.Matches(matches);
  }

  @Override
  public void check(Response response) {
    if (!(response instanceof Response.Matches m)) {
      throw new ContentRuleException("matching.answer");
    }
    Content.requireKnown(List.copyOf(m.matches().keySet()), keys(pairs));
    Content.requireKnown(List.copyOf(m.matches().values()), keys(pairs));
  }

  @Override
  public List<Orderable> orderables() {
    return List.of(new Orderable("", keys(pairs), true));
  }

  private static List<String> keys(List<MatchPair> pairs) {
    return pairs.stream().map(MatchPair::key).toList();
  }
}
