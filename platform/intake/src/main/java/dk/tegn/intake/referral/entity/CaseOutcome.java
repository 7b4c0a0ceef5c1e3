package dk.tegn.intake.referral.entity;

/** How the centre's contact with the person ended. */
public enum CaseOutcome {
  ASSESSED_AS_VICTIM,
  NOT_ASSESSED_AS_VICTIM,
  PASSED_ON,
  NO_CONTACT_POSSIBLE
}
