package dk.tegn.intake.catalogue.entity;

/** The six lists of the UNODC indicator leaflet, used to group the checklist by situation. */
public enum ContextTag {
  GENERAL,
  CHILDREN,
  DOMESTIC_SERVITUDE,
  SEXUAL_EXPLOITATION,
  LABOUR_EXPLOITATION,
  BEGGING_PETTY_CRIME
}
