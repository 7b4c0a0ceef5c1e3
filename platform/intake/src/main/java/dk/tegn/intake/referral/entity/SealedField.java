package dk.tegn.intake.referral.entity;

/**
 * The identifying and narrative fields of a referral, stored only as ciphertext. The name is part
 * of the associated data, so a ciphertext moved to another field or referral does not decrypt.
 */
public enum SealedField {
  PERSON_NAME,
  ESTIMATED_AGE,
  MET_ON,
  MET_WHERE,
  LANGUAGES,
  CONTACT,
  REFERRER_CALLBACK,
  NARRATIVE
}
