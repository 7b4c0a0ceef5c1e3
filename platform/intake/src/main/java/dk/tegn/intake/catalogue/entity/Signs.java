package dk.tegn.intake.catalogue.entity;

import java.io.Serializable;

/** How many observed signs of each weight a dimension, an element or a part of the rule holds. */
public record Signs(int strong, int medium, int weak) implements Serializable {

  public static final Signs NONE = new Signs(0, 0, 0);

  public Signs plus(Weight weight) {
    return switch (weight) {
      case STRONG -> new Signs(strong + 1, medium, weak);
      case MEDIUM -> new Signs(strong, medium + 1, weak);
      case WEAK -> new Signs(strong, medium, weak + 1);
    };
  }

  public Signs plus(Signs other) {
    return new Signs(strong + other.strong, medium + other.medium, weak + other.weak);
  }

  public int total() {
    return strong + medium + weak;
  }

  public boolean any() {
    return total() > 0;
  }

  /**
   * The ILO/EC combination (as reconstructed): 2 strong, 1 strong and 1 other, 3 medium, or 2
   * medium and 1 weak.
   */
  public boolean meetsIloCombination() {
    return strong >= 2
        || (strong >= 1 && medium + weak >= 1)
        || medium >= 3
        || (medium >= 2 && weak >= 1);
  }

  /** Tegn's "clear signs": the ILO/EC combination with two medium signs instead of three. */
  public boolean clear() {
    return meetsIloCombination() || medium >= 2;
  }
}
