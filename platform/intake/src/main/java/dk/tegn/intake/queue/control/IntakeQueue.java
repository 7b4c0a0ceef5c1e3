package dk.tegn.intake.queue.control;

import dk.tegn.intake.referral.control.IntakeAccess;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.referral.entity.QueueCount;
import dk.tegn.intake.referral.entity.QueueRow;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.routing.entity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Show me my team's queue." Acute and urgent first, then oldest. Open referrals by default (all
 * but closed), or one state. The lines carry no identifying data; reading them is still audited.
 */
@ApplicationScoped
public class IntakeQueue {

  static final String READ = "intake.queue.read";

  @PersistenceContext EntityManager em;
  @Inject IntakeAccess access;

  /** The teams whose queues the caller may read. */
  @Transactional
  public List<Team> myTeams() {
    // anyone but an officer is refused (audited), not answered with an empty list
    access.requireOfficer("intake.queue.list", IntakeAccess.TEAM, null);
    Set<Long> ids = access.myTeamIds();
    return em
        .createNamedQuery("Team.findAll", Team.class)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .filter(t -> ids.contains(t.getId()))
        .toList();
  }

  /** A team's id from its id or code; -1 when there is no such team (access is refused later). */
  @Transactional
  public long teamId(String idOrCode) {
    return em
        .createNamedQuery("Team.findAll", Team.class)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .filter(t -> t.getCode().equals(idOrCode) || String.valueOf(t.getId()).equals(idOrCode))
        .mapToLong(Team::getId)
        .findFirst()
        .orElse(-1);
  }

  @Transactional
  public List<QueueRow> queue(
      long teamId, ReferralState state, @Min(0) int first, @Min(1) @Max(500) int max) {
    access.requireOfficerOfTeam(teamId, READ, IntakeAccess.TEAM, teamId);
    access.allowed(READ, IntakeAccess.TEAM, teamId);
    return rows(
        em.createNamedQuery("Referral.findQueue", Referral.class)
            .setParameter("teamId", teamId)
            .setParameter("states", states(state)),
        first,
        max);
  }

  private static List<QueueRow> rows(TypedQuery<Referral> query, int first, int max) {
    return query.setFirstResult(first).setMaxResults(max).getResultList().stream()
        .map(QueueRow::of)
        .toList();
  }

  /**
   * Every open acute referral (immediate danger) of every team the caller serves, oldest first: an
   * officer's first screen, so no acute case waits in a queue they did not open.
   */
  @Transactional
  public List<QueueRow> acute(@Min(1) @Max(500) int max) {
    access.requireOfficer(READ, IntakeAccess.TEAM, null);
    Set<Long> teamIds = access.myTeamIds();
    if (teamIds.isEmpty()) {
      return List.of();
    }
    access.allowed(READ, IntakeAccess.TEAM, null, "acute of teams " + new TreeSet<>(teamIds));
    return rows(
        em.createNamedQuery("Referral.findAcute", Referral.class)
            .setParameter("teamIds", teamIds)
            .setParameter("rank", Priority.ACUTE.rank())
            .setParameter("states", states(null)),
        0,
        max);
  }

  /** Open referrals per team of the caller and priority (absent when none), for the tabs. */
  @Transactional
  public List<QueueCount> openCounts() {
    Set<Long> teamIds = access.myTeamIds();
    if (teamIds.isEmpty()) {
      return List.of();
    }
    return em
        .createNamedQuery("Referral.countQueues", Object[].class)
        .setParameter("teamIds", teamIds)
        .setParameter("states", states(null))
        .getResultList()
        .stream()
        .map(
            row ->
                new QueueCount(
                    ((Number) row[0]).longValue(),
                    Priority.values()[((Number) row[1]).intValue()],
                    ((Number) row[2]).longValue()))
        .toList();
  }

  @Transactional
  public long count(long teamId, ReferralState state) {
    access.requireOfficerOfTeam(teamId, READ, IntakeAccess.TEAM, teamId);
    return em.createNamedQuery("Referral.countQueue", Long.class)
        .setParameter("teamId", teamId)
        .setParameter("states", states(state))
        .getSingleResult();
  }

  private static Collection<ReferralState> states(ReferralState state) {
    if (state != null) {
      return EnumSet.of(state);
    }
    EnumSet<ReferralState> open = EnumSet.allOf(ReferralState.class);
    open.remove(ReferralState.CLOSED);
    return open;
  }
}
