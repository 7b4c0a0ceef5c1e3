package dk.tegn.assessments.question.entity;

import java.util.List;

/**
 * Put the items in order; {@code items} is the right order. Each item in its right position earns
 * an equal share (one swapped pair of five scores 0.6).
 */
public record Ordering(List<OrderItem> items) implements Content {

  public Ordering {
    items = List.copyOf(items);
    if (items.size() < 2) {
      throw new ContentRuleException("ordering.tooFew");
    }
    Content.requireUniqueKeys(items.stream().map(OrderItem::key).toList(), "items");
  }

  @Override
  public QuestionType type() {
    return QuestionType.ORDERING;
  }

  @Override
  public double grade(Response response) {
    if (!(response instanceof Response.Keys k)) {
      return 0;
    }
    List<String> right = keys();
    int inPlace = 0;
    for (int i = 0; i < Math.min(right.size(), k.keys().size()); i++) {
      if (right.get(i).equals(k.keys().get(i))) {
        inPlace++;
      }
    }
    return (double) inPlace / right.size();
  }

  @Override
  public Response rightAnswer() {
    return new Response.Keys(keys());
  }

  @Override
  public void check(Response response) {
    if (!(response instanceof Response.Keys k)) {
      throw new ContentRuleException("ordering.answer");
    }
    Content.requireKnown(k.keys(), keys());
    Content.requireUniqueKeys(k.keys(), "answer");
  }

  @Override
  public List<Orderable> orderables() {
    return List.of(new Orderable("", keys(), true));
  }

  public List<String> keys() {
    return items.stream().map(OrderItem::key).toList();
  }
}
