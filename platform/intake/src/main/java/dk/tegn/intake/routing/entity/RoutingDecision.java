package dk.tegn.intake.routing.entity;

import dk.tegn.intake.referral.entity.Priority;
import java.util.Objects;

/**
 * Where a referral goes and why: the team, the rule that matched (its id and its name at the time,
 * so the reason survives later edits of the rule) and the queue priority.
 */
public record RoutingDecision(long teamId, Long ruleId, String ruleName, Priority priority) {

  public RoutingDecision {
    Objects.requireNonNull(ruleName);
    Objects.requireNonNull(priority);
  }
}
