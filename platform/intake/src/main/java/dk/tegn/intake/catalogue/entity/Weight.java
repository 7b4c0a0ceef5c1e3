package dk.tegn.intake.catalogue.entity;

/** How much one observed indicator says, in one profile. */
public enum Weight {
  STRONG,
  MEDIUM,
  WEAK
}
