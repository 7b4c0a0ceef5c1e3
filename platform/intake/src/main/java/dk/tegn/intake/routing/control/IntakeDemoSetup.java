package dk.tegn.intake.routing.control;

import dk.tegn.core.time.PlatformClock;
import dk.tegn.intake.routing.entity.OnCall;
import dk.tegn.intake.routing.entity.Team;
import dk.tegn.intake.routing.entity.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * For the demo seeder (called at start, without a signed-in caller): makes the given intake
 * officers members of the children's, women's and men's teams and on call. Idempotent, so it can
 * run at every start. The teams themselves come from the intake migration.
 */
@ApplicationScoped
public class IntakeDemoSetup {

  static final List<String> DEMO_TEAMS = List.of("children", "women", "men");
  private static final Logger LOG = Logger.getLogger(IntakeDemoSetup.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  @Transactional
  public void ensureDemoTeams(List<Long> officerAccountIds) {
    int added = 0;
    for (String code : DEMO_TEAMS) {
      Team team =
          em.createNamedQuery("Team.findByCode", Team.class)
              .setParameter("code", code)
              .getSingleResult();
      for (long accountId : officerAccountIds) {
        boolean member =
            !em.createNamedQuery("TeamMember.find", TeamMember.class)
                .setParameter("teamId", team.getId())
                .setParameter("accountId", accountId)
                .getResultList()
                .isEmpty();
        if (!member) {
          em.persist(new TeamMember(team.getId(), accountId, clock.now()));
          added++;
        }
      }
    }
    for (long accountId : officerAccountIds) {
      if (em.find(OnCall.class, accountId) == null) {
        em.persist(new OnCall(accountId, clock.now()));
      }
    }
    int count = added;
    LOG.info(() -> "intake demo teams: " + count + " membership(s) added");
  }
}
