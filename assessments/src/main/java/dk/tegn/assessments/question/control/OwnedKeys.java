package dk.tegn.assessments.question.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.text.Normalizer;
import java.util.Locale;

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

  /** A key of 1-80 of a-z, 0-9, '.', '-', '_' from a name, e.g. "Gæld 1" -> "gaeld-1". */
  public static String slug(String name, String fallback) {
    String ascii =
        Normalizer.normalize(
                name.toLowerCase(Locale.ROOT)
                    .replace("æ", "ae")
                    .replace("ø", "oe")
                    .replace("å", "aa"),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^a-z0-9._]+", "-").replaceAll("^[^a-z0-9]+|-+$", "");
    slug = slug.length() > 70 ? slug.substring(0, 70) : slug;
    return slug.isEmpty() ? fallback : slug;
  }
}
