package dk.tegn.intake.referral.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An officer's step on a referral. Which parameters are needed depends on the action: ASSIGN names
 * the assignee, RECORD_OUTCOME the outcome, REASSIGN_TEAM the team, EXTEND_REFLECTION the days.
 */
public record TransitionRequest(
    @NotNull(message = "{platform.required}") ReferralAction action,
    Long assigneeAccountId,
    CaseOutcome outcome,
    Long teamId,
    @Min(value = 1, message = "{intake.referral.days.range}")
        @Max(value = 365, message = "{intake.referral.days.range}")
        Integer days,
    @Size(max = 2000, message = "{intake.referral.text.tooLong}") String comment) {

  public static TransitionRequest of(ReferralAction action) {
    return new TransitionRequest(action, null, null, null, null, null);
  }

  public TransitionRequest withComment(String text) {
    return new TransitionRequest(action, assigneeAccountId, outcome, teamId, days, text);
  }
}
