package dk.tegn.intake.referral.entity;

/**
 * How the centre's contact with the person ended. Since January 2022 only the centre (Danish and EU
 * citizens, lawful stay) and Udlændingestyrelsen (no lawful stay, asylum seekers) formally identify
 * victims (US TIP report 2022, research facts-2026-12 point 5).
 */
public enum CaseOutcome {
  /** The centre assessed the person as a victim; no departure deadline follows from that. */
  ASSESSED_AS_VICTIM,
  NOT_ASSESSED_AS_VICTIM,
  PASSED_ON,
  NO_CONTACT_POSSIBLE,
  /**
   * Udlændingestyrelsen assessed a person without lawful stay as a victim. On request it sets an
   * extended departure deadline of 30 days, extendable to at most 120 days (Udlændingeloven § 33,
   * stk. 14; CMM, "Refleksions- og restitutionsperiode", checked 2026-12-05).
   */
  DIS_ASSESSED_AS_VICTIM;

  /** Kept beyond the retention period: the person was identified as a victim. */
  public boolean victim() {
    return this == ASSESSED_AS_VICTIM || this == DIS_ASSESSED_AS_VICTIM;
  }
}
