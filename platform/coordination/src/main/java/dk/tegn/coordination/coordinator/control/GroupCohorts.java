package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.core.sso.SsoGroupsMapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Cohorts as single sign-on sees them, in ids and names: core's sign-in fires {@link
 * SsoGroupsMapped} and this module, which owns cohorts, puts the person into the cohorts their
 * groups map to now (so they are enrolled at once in the courses assigned to them) and takes them
 * out of the mapped cohorts their groups no longer give. Cohorts of another organisation are never
 * joined. The admin page that maps groups to cohorts lists {@link #choices} without any entity of
 * this module.
 */
@ApplicationScoped
@Transactional
public class GroupCohorts {

  /** A cohort to map a group to. */
  public record Choice(long id, String name) implements Serializable {}

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
        cohorts.leave(cohortId, mapped.accountId());
      }
    }
  }

  /**
   * The cohorts of an organisation by name (at most 1,000), to choose from in a mapping: trusted,
   * the caller's page checks that they administer the organisation.
   */
  public List<Choice> choices(long organisationId) {
    return em
        .createNamedQuery("Cohort.findByOrganisations", Cohort.class)
        .setParameter("organisationIds", Set.of(organisationId))
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(c -> new Choice(c.getId(), c.getName()))
        .toList();
  }
}
