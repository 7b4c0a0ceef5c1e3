package dk.tegn.intake.referral.entity;

/** Where a referral is in the centre's intake. */
public enum ReferralState {
  SUBMITTED,
  TRIAGED,
  ASSIGNED,
  IN_CONTACT,
  OUTCOME_RECORDED,
  CLOSED;

  /** What the referrer is shown: the status of their referral, never its handling details. */
  public ReferrerStatus forReferrer() {
    return switch (this) {
      case SUBMITTED -> ReferrerStatus.RECEIVED;
      case CLOSED -> ReferrerStatus.CLOSED;
      default -> ReferrerStatus.BEING_HANDLED;
    };
  }

  public boolean open() {
    return this != OUTCOME_RECORDED && this != CLOSED;
  }
}
