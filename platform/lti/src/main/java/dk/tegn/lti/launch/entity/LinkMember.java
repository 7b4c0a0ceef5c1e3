package dk.tegn.lti.launch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account that came through a resource link: its results go to that link's grade book. */
@Entity
@Table(name = "lti_link_member")
@NamedQuery(
    name = "LinkMember.find",
    query = "select m from LinkMember m where m.linkId = :linkId and m.ltiUserId = :ltiUserId")
@NamedQuery(
    name = "LinkMember.findByAccount",
    query = "select m from LinkMember m where m.accountId = :accountId order by m.id")
public class LinkMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "link_id", nullable = false)
  private long linkId;

  @Column(name = "lti_user_id", nullable = false)
  private long ltiUserId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "launched_at", nullable = false)
  private Instant launchedAt;

  protected LinkMember() {}

  public LinkMember(long linkId, long ltiUserId, long accountId, Instant launchedAt) {
    this.linkId = linkId;
    this.ltiUserId = ltiUserId;
    this.accountId = accountId;
    this.launchedAt = launchedAt;
  }

  public void launchedAgain(Instant now) {
    launchedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getLinkId() {
    return linkId;
  }

  public long getLtiUserId() {
    return ltiUserId;
  }

  public long getAccountId() {
    return accountId;
  }
}
