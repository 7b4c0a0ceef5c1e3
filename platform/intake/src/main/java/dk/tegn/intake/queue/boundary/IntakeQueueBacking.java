package dk.tegn.intake.queue.boundary;

import dk.tegn.intake.IntakeFaces;
import dk.tegn.intake.queue.control.IntakeQueue;
import dk.tegn.intake.referral.entity.QueueRow;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.routing.entity.Team;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs /intake/queue.xhtml?team=&state=: one of the caller's teams (the first by default), open
 * referrals or one state, acute and urgent first, then oldest.
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

  public List<Team> getTeams() {
    if (teams == null) {
      teams = queue.myTeams();
    }
    return teams;
  }

  public Team getCurrentTeam() {
    return getTeams().stream()
        .filter(t -> team == null || t.getId().equals(team))
        .findFirst()
        .orElse(null);
  }

  public List<QueueRow> getRows() {
    if (rows == null) {
      Team current = getCurrentTeam();
      rows =
          current == null && team == null
              ? List.of()
              : queue.queue(current == null ? team : current.getId(), state, 0, SHOWN);
    }
    return rows;
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
