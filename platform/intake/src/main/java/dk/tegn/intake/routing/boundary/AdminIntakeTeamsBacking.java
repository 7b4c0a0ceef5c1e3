package dk.tegn.intake.routing.boundary;

import dk.tegn.intake.IntakeFaces;
import dk.tegn.intake.routing.control.RoutingAdministration;
import dk.tegn.intake.routing.entity.MemberRow;
import dk.tegn.intake.routing.entity.Team;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs /admin/intake/teams.xhtml: who is in which team (and so may read its referrals) and who is
 * on call. Only accounts holding the intake officer role can be added.
 */
@Named
@ViewScoped
public class AdminIntakeTeamsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingAdministration administration;

  private final Map<Long, String> usernames = new HashMap<>();
  private List<Team> teams;
  private final Map<Long, List<MemberRow>> members = new HashMap<>();

  public List<Team> getTeams() {
    if (teams == null) {
      teams = administration.teams();
    }
    return teams;
  }

  public String teamName(Team t) {
    return t.name(IntakeFaces.language());
  }

  public List<MemberRow> members(long teamId) {
    return members.computeIfAbsent(teamId, administration::members);
  }

  public void add(long teamId) {
    String username = usernames.get(teamId);
    if (username == null || username.isBlank()) {
      return;
    }
    administration.addMember(teamId, username);
    usernames.remove(teamId);
    members.clear();
    IntakeFaces.info("admin_intake_teams.added");
  }

  public void remove(long teamId, long accountId) {
    administration.removeMember(teamId, accountId);
    members.clear();
    IntakeFaces.info("admin_intake_teams.removed");
  }

  public void toggleOnCall(MemberRow member) {
    administration.setOnCall(member.accountId(), !member.onCall());
    members.clear();
  }

  public Map<Long, String> getUsernames() {
    return usernames;
  }
}
