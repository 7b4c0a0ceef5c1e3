package dk.tegn.intake.referral.entity;

/** The person's gender, used for routing and statistics. */
public enum Gender {
  WOMAN,
  MAN,
  OTHER,
  UNKNOWN
}
