package dk.tegn.intake.referral.entity;

/** What the centre may know about the person, decided by age and consent. */
public enum ReferralKind {
  /** An adult agreed to be referred with identifying details. */
  WITH_CONSENT,
  /** An adult did not agree: only statistics fields are kept, no name, contact or narrative. */
  ANONYMOUS,
  /** A child (or possibly a child) is referred whatever the consent, as child protection asks. */
  CHILD;

  public boolean keepsIdentifyingData() {
    return this != ANONYMOUS;
  }
}
