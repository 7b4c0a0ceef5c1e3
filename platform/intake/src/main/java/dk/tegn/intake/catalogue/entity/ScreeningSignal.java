package dk.tegn.intake.catalogue.entity;

/**
 * What the checklist tells the referrer. There is deliberately no "not trafficked": identification
 * belongs to the centre, and missing answers are not evidence.
 */
public enum ScreeningSignal {
  INDICATORS_SUGGEST_POSSIBLE_TRAFFICKING,
  SOME_INDICATORS_REFER_FOR_ASSESSMENT,
  NOT_ENOUGH_INFORMATION
}
