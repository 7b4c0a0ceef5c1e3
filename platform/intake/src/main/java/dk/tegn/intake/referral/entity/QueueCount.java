package dk.tegn.intake.referral.entity;

/** How many open referrals of one priority wait in one team's queue (the queue tabs' counts). */
public record QueueCount(long teamId, Priority priority, long count) {}
