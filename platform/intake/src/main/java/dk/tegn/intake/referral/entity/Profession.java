package dk.tegn.intake.referral.entity;

/** The referrer's profession, for the centre's statistics. */
public enum Profession {
  POLICE,
  HEALTH,
  EMBASSY_CONSULAR,
  SOCIAL_SERVICES,
  NGO,
  OTHER_AUTHORITY,
  OTHER
}
