package dk.tegn.intake.routing.control;

import dk.tegn.core.account.entity.Account;
import dk.tegn.intake.referral.control.IntakeAccess;
import dk.tegn.intake.routing.entity.MemberRow;
import dk.tegn.intake.routing.entity.OnCall;
import dk.tegn.intake.routing.entity.Team;
import dk.tegn.intake.routing.entity.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Teams and members as intake officers need them: to reassign and to assign. */
@ApplicationScoped
public class TeamDirectory {

  @PersistenceContext EntityManager em;
  @Inject IntakeAccess access;

  /** All teams, for reassigning a referral; officers only. */
  @Transactional
  public List<Team> teams() {
    access.requireOfficer("intake.team.list", IntakeAccess.TEAM, null);
    return allTeams(em);
  }

  /** The members of one team, for assigning; officers of that team only. */
  @Transactional
  public List<MemberRow> officersOf(long teamId) {
    access.requireOfficerOfTeam(teamId, "intake.team.members", IntakeAccess.TEAM, teamId);
    return members(em, teamId);
  }

  static List<Team> allTeams(EntityManager em) {
    return em.createNamedQuery("Team.findAll", Team.class).setMaxResults(100).getResultList();
  }

  static List<MemberRow> members(EntityManager em, long teamId) {
    return em
        .createNamedQuery("TeamMember.findByTeam", TeamMember.class)
        .setParameter("teamId", teamId)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(m -> em.find(Account.class, m.getAccountId()))
        .map(
            a ->
                new MemberRow(
                    a.getId(),
                    a.getUsername(),
                    a.getDisplayName(),
                    em.find(OnCall.class, a.getId()) != null))
        .toList();
  }
}
