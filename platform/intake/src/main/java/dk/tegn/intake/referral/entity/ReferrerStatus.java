package dk.tegn.intake.referral.entity;

/** The three statuses a referrer may see of their own referral. */
public enum ReferrerStatus {
  RECEIVED,
  BEING_HANDLED,
  CLOSED
}
