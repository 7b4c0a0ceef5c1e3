package dk.tegn.intake.catalogue.entity;

/**
 * What the referrer knows about one indicator. {@link #UNKNOWN} is never read as "no": frontline
 * staff seldom see the recruitment phase.
 */
public enum Answer {
  OBSERVED,
  NOT_OBSERVED,
  UNKNOWN
}
