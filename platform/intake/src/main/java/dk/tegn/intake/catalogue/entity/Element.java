package dk.tegn.intake.catalogue.entity;

/**
 * Where a dimension sits in the combination rule: recruitment (Palermo act and means), exploitation
 * (purpose), and coercion or abuse of vulnerability at destination (means sustained).
 */
public enum Element {
  RECRUITMENT,
  EXPLOITATION,
  COERCION_AT_DESTINATION
}
