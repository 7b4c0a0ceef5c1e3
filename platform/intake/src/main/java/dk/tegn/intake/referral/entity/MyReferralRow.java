package dk.tegn.intake.referral.entity;

import java.time.Instant;

/** What a referrer sees of their own referral: the reference, when, and a three-way status. */
public record MyReferralRow(String reference, Instant submittedAt, ReferrerStatus status) {}
