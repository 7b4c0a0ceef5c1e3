package dk.tegn.intake.referral.entity;

/** A step recorded in a referral's history. */
public enum ReferralAction {
  SUBMIT,
  TRIAGE,
  ASSIGN,
  RECORD_CONTACT,
  RECORD_OUTCOME,
  EXTEND_REFLECTION,
  CLOSE,
  REASSIGN_TEAM,
  STRIP_IDENTIFYING_DATA
}
