package dk.tegn.intake.catalogue.entity;

import java.util.Optional;

/**
 * The four ILO/EC indicator lists. A weight depends on the profile: the same sign can be weak for
 * an adult and strong for a child.
 */
public enum Profile {
  ADULT_LABOUR,
  ADULT_SEXUAL,
  CHILD_LABOUR,
  CHILD_SEXUAL;

  /**
   * Forced criminality, begging, domestic servitude and the rest are screened with the labour list;
   * the UNODC context tags keep them apart in the checklist.
   */
  public static Profile of(boolean child, boolean sexualExploitation) {
    if (child) {
      return sexualExploitation ? CHILD_SEXUAL : CHILD_LABOUR;
    }
    return sexualExploitation ? ADULT_SEXUAL : ADULT_LABOUR;
  }

  /**
   * The list this one is weighed against: a sign weighed otherwise carries a reason (the sexual
   * lists against the labour list of the same age, the child labour list against the adult one).
   * Empty for the adult labour list, which follows the secondary reconstruction of the ILO/EC
   * lists.
   */
  public Optional<Profile> weighedAgainst() {
    return switch (this) {
      case ADULT_LABOUR -> Optional.empty();
      case ADULT_SEXUAL, CHILD_LABOUR -> Optional.of(ADULT_LABOUR);
      case CHILD_SEXUAL -> Optional.of(CHILD_LABOUR);
    };
  }

  public boolean isChild() {
    return this == CHILD_LABOUR || this == CHILD_SEXUAL;
  }
}
