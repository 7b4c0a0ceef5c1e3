package dk.tegn.intake.referral.entity;

import java.io.Serializable;
import java.time.Instant;

/** One step of a referral's history as an officer reads it, with the comment decrypted. */
public record TransitionView(
    int seq,
    ReferralAction action,
    ReferralState fromState,
    ReferralState toState,
    Long actorAccountId,
    String actorName,
    Instant at,
    Long teamId,
    Long assigneeAccountId,
    String assigneeName,
    CaseOutcome outcome,
    String comment)
    implements Serializable {}
