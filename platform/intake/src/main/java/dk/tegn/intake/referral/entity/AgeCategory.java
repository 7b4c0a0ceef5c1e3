package dk.tegn.intake.referral.entity;

import dk.tegn.intake.catalogue.entity.Profile;

/**
 * How old the person is, as far as the referrer can tell. When in doubt and the person may be a
 * child, the person is treated as a child.
 */
public enum AgeCategory {
  CHILD,
  POSSIBLY_CHILD,
  ADULT,
  UNKNOWN;

  public boolean treatedAsChild() {
    return this == CHILD || this == POSSIBLY_CHILD;
  }

  /** The indicator list a person of this age is screened against for the suspected form. */
  public Profile profile(ExploitationForm form) {
    return Profile.of(treatedAsChild(), form != null && form.sexual());
  }

  /**
   * The category the referral is handled under: an estimated age under 18 makes the person a child
   * whatever was ticked, because doubt goes the child's way.
   */
  public static AgeCategory effective(AgeCategory ticked, Integer estimatedAge) {
    if (ticked.treatedAsChild()) {
      return ticked;
    }
    return estimatedAge != null && estimatedAge < 18 ? CHILD : ticked;
  }
}
