package dk.tegn.assessments.privacy.control;

import jakarta.persistence.EntityManager;

/** The assessments privacy provider outside a container, for tests of other packages. */
public final class PrivacyKit {

  private PrivacyKit() {}

  public static AssessmentsPrivacy on(EntityManager em) {
    AssessmentsPrivacy privacy = new AssessmentsPrivacy();
    privacy.em = em;
    return privacy;
  }
}
