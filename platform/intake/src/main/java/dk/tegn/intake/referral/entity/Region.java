package dk.tegn.intake.referral.entity;

/** Where the person was met, at region level only; no street address is asked. */
public enum Region {
  HOVEDSTADEN,
  SJAELLAND,
  SYDDANMARK,
  MIDTJYLLAND,
  NORDJYLLAND,
  ABROAD,
  UNKNOWN
}
