package dk.tegn.intake.queue.boundary;

import dk.tegn.intake.IntakeFaces;
import dk.tegn.intake.queue.control.IntakeQueue;
import dk.tegn.intake.referral.entity.Priority;
import dk.tegn.intake.referral.entity.QueueCount;
import dk.tegn.intake.referral.entity.QueueRow;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.routing.entity.Team;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs /intake/queue.xhtml?team=&state=: without a team, every open acute referral of every team
 * the caller serves, oldest first (the first screen, so no acute case hides in an unopened tab);
 * with a team, its open referrals or one state, acute and urgent first, then oldest. The tabs count
 * each team's open referrals.
 */
@Named
@RequestScoped
public class IntakeQueueBacking {

  static final int SHOWN = 200;

  @Inject IntakeQueue queue;

  private Long team;
  private ReferralState state;
  private List<Team> teams;
  private List<QueueRow> rows;
  private List<QueueCount> counts;

  public List<Team> getTeams() {
    if (teams == null) {
      teams = queue.myTeams();
    }
    return teams;
  }

  /** The team asked for, or null on the acute overview. */
  public Team getCurrentTeam() {
    return team == null
        ? null
        : getTeams().stream().filter(t -> t.getId().equals(team)).findFirst().orElse(null);
  }

  public boolean isAcuteView() {
    return team == null;
  }

  public List<QueueRow> getRows() {
    if (rows == null) {
      // a team the caller does not serve is asked for anyway: refused (audited) as a 403
      rows = team == null ? queue.acute(SHOWN) : queue.queue(team, state, 0, SHOWN);
    }
    return rows;
  }

  /** Open referrals of a team, for its tab. */
  public long openCount(Team t) {
    return counts().stream()
        .filter(c -> c.teamId() == t.getId())
        .mapToLong(QueueCount::count)
        .sum();
  }

  /** Open acute referrals of all the caller's teams, for the first tab. */
  public long getAcuteCount() {
    return counts().stream()
        .filter(c -> c.priority() == Priority.ACUTE)
        .mapToLong(QueueCount::count)
        .sum();
  }

  private List<QueueCount> counts() {
    if (counts == null) {
      counts = queue.openCounts();
    }
    return counts;
  }

  /** The team's name by id, for the team column of the acute overview. */
  public String teamNameOf(long teamId) {
    return getTeams().stream()
        .filter(t -> t.getId() == teamId)
        .map(this::teamName)
        .findFirst()
        .orElse("");
  }

  public String teamName(Team t) {
    return t.name(IntakeFaces.language());
  }

  public ReferralState[] getStates() {
    return ReferralState.values();
  }

  public Long getTeam() {
    return team;
  }

  public void setTeam(Long team) {
    this.team = team;
  }

  public ReferralState getState() {
    return state;
  }

  public void setState(ReferralState state) {
    this.state = state;
  }
}
