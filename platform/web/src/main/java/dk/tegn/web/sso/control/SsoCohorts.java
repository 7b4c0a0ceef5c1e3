package dk.tegn.web.sso.control;

import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.coordinator.entity.CohortMember;
import dk.tegn.core.sso.SsoGroupsMapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * The cohorts a provider's groups give: a signed-in person joins the cohorts their groups map to
 * now (and so is enrolled at once in the courses assigned to them) and leaves the mapped cohorts
 * their groups no longer give. Cohorts of another organisation are never joined.
 */
@ApplicationScoped
@Transactional
public class SsoCohorts {

  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;

  void groupsMapped(@Observes SsoGroupsMapped mapped) {
    for (long cohortId : mapped.cohortIds()) {
      Cohort cohort = em.find(Cohort.class, cohortId);
      if (cohort != null && cohort.getOrganisationId() == mapped.organisationId()) {
        cohorts.join(cohort, mapped.accountId());
      }
    }
    for (long cohortId : mapped.mappedCohortIds()) {
      if (!mapped.cohortIds().contains(cohortId)) {
        em.createNamedQuery("CohortMember.find", CohortMember.class)
            .setParameter("cohortId", cohortId)
            .setParameter("accountId", mapped.accountId())
            .getResultStream()
            .forEach(em::remove);
      }
    }
  }

  /** The cohorts of an organisation, to choose from in a mapping (the caller is its admin). */
  public List<Cohort> of(long organisationId) {
    return em.createNamedQuery("Cohort.findByOrganisations", Cohort.class)
        .setParameter("organisationIds", Set.of(organisationId))
        .setMaxResults(1000)
        .getResultList();
  }
}
