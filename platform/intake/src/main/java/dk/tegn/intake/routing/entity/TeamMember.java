package dk.tegn.intake.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An intake officer's membership of a team: what decides whose referrals they may read. */
@Entity
@Table(name = "itk_team_member")
@NamedQuery(
    name = "TeamMember.findByTeam",
    query = "select m from TeamMember m where m.teamId = :teamId order by m.id")
@NamedQuery(
    name = "TeamMember.findByAccount",
    query = "select m from TeamMember m where m.accountId = :accountId order by m.teamId")
@NamedQuery(
    name = "TeamMember.find",
    query = "select m from TeamMember m where m.teamId = :teamId and m.accountId = :accountId")
public class TeamMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "team_id", nullable = false)
  private long teamId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected TeamMember() {}

  public TeamMember(long teamId, long accountId, Instant now) {
    this.teamId = teamId;
    this.accountId = accountId;
    this.addedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getTeamId() {
    return teamId;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
