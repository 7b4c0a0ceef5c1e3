package dk.tegn.intake.routing.control;

import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.routing.entity.RoutingDecision;
import dk.tegn.intake.routing.entity.RoutingRule;
import java.util.List;

/**
 * Picks the team for a referral from the rules, in order. Two safety rules are code, not data, so
 * that no edit of the rules can weaken them: immediate danger is always acute, and a child (or
 * possibly a child) is always at least urgent.
 */
public final class Router {

  static final String FALLBACK_PREFIX = "fallback: ";

  private Router() {}

  public static RoutingDecision route(
      List<RoutingRule> rulesInOrder, AgeCategory age, Gender gender, boolean immediateDanger) {
    if (rulesInOrder.isEmpty()) {
      throw new IllegalStateException("no routing rules: the intake migration seeds them");
    }
    RoutingRule chosen =
        rulesInOrder.stream().filter(r -> r.matches(age, gender)).findFirst().orElse(null);
    // the admin pages keep a catch-all rule; should it be gone, the last rule still takes the
    // referral, because an unrouted referral would be read by no one
    String name = chosen == null ? FALLBACK_PREFIX + last(rulesInOrder).getName() : null;
    RoutingRule rule = chosen == null ? last(rulesInOrder) : chosen;
    Priority priority;
    if (immediateDanger) {
      priority = Priority.ACUTE;
    } else if (rule.isUrgent() || age.treatedAsChild()) {
      priority = Priority.URGENT;
    } else {
      priority = Priority.NORMAL;
    }
    return new RoutingDecision(
        rule.getTeamId(), rule.getId(), name == null ? rule.getName() : name, priority);
  }

  private static RoutingRule last(List<RoutingRule> rules) {
    return rules.get(rules.size() - 1);
  }
}
