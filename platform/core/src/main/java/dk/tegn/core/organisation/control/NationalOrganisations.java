package dk.tegn.core.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The ids of the national organisations (a handful), for modules whose records are offered to every
 * organisation when a national one owns them, such as the course catalogue.
 */
@ApplicationScoped
@Transactional
public class NationalOrganisations {

  @PersistenceContext EntityManager em;

  public List<Long> ids() {
    return em.createQuery("select o.id from Organisation o where o.national = true", Long.class)
        .getResultList();
  }
}
