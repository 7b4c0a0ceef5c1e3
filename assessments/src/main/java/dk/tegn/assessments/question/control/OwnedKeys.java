package dk.tegn.assessments.question.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Category and quiz keys are unique within an organisation, and among the shared ones (no
 * organisation), so two organisations can hold the same bank. Both entities name their queries
 * {@code <Entity>.findOwnByCode} and {@code <Entity>.findSharedByCode}.
 */
public final class OwnedKeys {

  private OwnedKeys() {}

  /**
   * The category or quiz with this key in the organisation, or among the shared ones when {@code
   * organisationId} is null; null when there is none. Checks no access: for services that did.
   */
  public static <T> T find(EntityManager em, Class<T> type, Long organisationId, String code) {
    String entity = type.getSimpleName();
    TypedQuery<T> query =
        organisationId == null
            ? em.createNamedQuery(entity + ".findSharedByCode", type)
            : em.createNamedQuery(entity + ".findOwnByCode", type)
                .setParameter("organisationId", organisationId);
    return query.setParameter("code", code).getResultStream().findFirst().orElse(null);
  }
}
