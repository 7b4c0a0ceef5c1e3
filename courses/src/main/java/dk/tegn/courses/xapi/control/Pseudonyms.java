package dk.tegn.courses.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The name a trainee has in statements when the organisation names actors by pseudonym: a random
 * UUID made the first time it is needed and kept, so every statement about one person carries the
 * same name and none of them says who it is.
 */
@ApplicationScoped
@Transactional
public class Pseudonyms {

  private static final String CREATE =
      "INSERT INTO crs_xapi_actor (account_id, pseudonym) VALUES (?, ?)"
          + " ON DUPLICATE KEY UPDATE account_id = account_id";

  @PersistenceContext EntityManager em;

  public Pseudonyms() {}

  /** For tests outside a container. */
  public Pseudonyms(EntityManager em) {
    this.em = em;
  }

  /**
   * The account's pseudonym; made the first time (a read, then a write only when there is none).
   */
  public String of(long accountId) {
    return kept(accountId, "")
        .orElseGet(
            () -> {
              // two first statements at once: the first insert wins; the locking read sees the
              // committed row, which this transaction's snapshot may be too old to show
              em.createNativeQuery(CREATE)
                  .setParameter(1, accountId)
                  .setParameter(2, UUID.randomUUID().toString())
                  .executeUpdate();
              return kept(accountId, " LOCK IN SHARE MODE").orElseThrow();
            });
  }

  private Optional<String> kept(long accountId, String lock) {
    return em.createNativeQuery("SELECT pseudonym FROM crs_xapi_actor WHERE account_id = ?" + lock)
        .setParameter(1, accountId)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }
}
