package dk.tegn.core.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The statement behind {@link SignedInCaller}: the account, its organisation and every grant of an
 * enabled account by name. Application-scoped so that the request-scoped caller is created without
 * a persistence-context injection (a naming lookup) on every request.
 */
@ApplicationScoped
public class CallerRows {

  @PersistenceContext EntityManager em;

  public CallerRows() {}

  /** For tests outside a container. */
  public CallerRows(EntityManager em) {
    this.em = em;
  }

  /** One row per grant (one row with null role when none); empty when unknown or disabled. */
  public List<Object[]> of(String username) {
    return em.createNamedQuery("Account.listCallerGrants", Object[].class)
        .setParameter("username", username)
        .getResultList();
  }
}
