package dk.tegn.intake.catalogue.entity;

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

  public boolean isChild() {
    return this == CHILD_LABOUR || this == CHILD_SEXUAL;
  }
}
