package dk.tegn.intake.statistics.entity;

/** What referrals are counted by. */
public enum StatisticsDimension {
  MONTH,
  EXPLOITATION_FORM,
  GENDER,
  AGE_CATEGORY,
  NATIONALITY,
  PROFESSION,
  OUTCOME
}
