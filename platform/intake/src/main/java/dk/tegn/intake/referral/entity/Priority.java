package dk.tegn.intake.referral.entity;

/** Queue order: acute (immediate danger) before urgent (children) before normal. */
public enum Priority {
  ACUTE,
  URGENT,
  NORMAL;

  /** Stored beside the name so the queue index sorts by it. */
  public int rank() {
    return ordinal();
  }
}
