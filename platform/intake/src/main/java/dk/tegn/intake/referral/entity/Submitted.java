package dk.tegn.intake.referral.entity;

/**
 * The answer to a submission: the reference to quote, and whether this was a repeat of an earlier
 * submission with the same idempotency key (then nothing new was stored).
 */
public record Submitted(String reference, boolean repeated) {}
