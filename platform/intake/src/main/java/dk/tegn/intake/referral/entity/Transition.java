package dk.tegn.intake.referral.entity;

import dk.tegn.intake.crypto.entity.Sealed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded step of a referral: who did what, when, from which state to which. Append-only; the
 * comment is ciphertext bound to the referral and the step's sequence number.
 */
@Entity
@Table(name = "itk_transition")
@NamedQuery(
    name = "Transition.findByKeyIn",
    query = "select t from Transition t where t.keyId in :keyIds and t.id > :afterId order by t.id")
public class Transition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "referral_id", nullable = false)
  private Referral referral;

  @Column(nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private ReferralState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  private ReferralState toState;

  /** Null for the system (the retention job). */
  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "team_id")
  private Long teamId;

  @Column(name = "assignee_account_id")
  private Long assigneeAccountId;

  @Enumerated(EnumType.STRING)
  private CaseOutcome outcome;

  @Column(name = "key_id")
  private Long keyId;

  @Column(name = "comment_ct")
  private byte[] commentCiphertext;

  protected Transition() {}

  Transition(
      Referral referral,
      int seq,
      ReferralAction action,
      ReferralState fromState,
      Long actorAccountId,
      Instant at,
      Sealed comment) {
    this.referral = referral;
    this.seq = seq;
    this.action = action;
    this.fromState = fromState;
    this.toState = referral.getState();
    this.actorAccountId = actorAccountId;
    this.at = at;
    this.teamId = referral.getTeamId();
    this.assigneeAccountId = referral.getAssigneeAccountId();
    this.outcome = referral.getOutcome();
    if (comment != null) {
      this.commentCiphertext = comment.ciphertext();
      this.keyId = comment.keyId();
    }
  }

  void forgetComment() {
    commentCiphertext = null;
    keyId = null;
  }

  /** Replaces the comment's ciphertext by one under the current primary key. */
  public void reseal(Sealed comment) {
    if (commentCiphertext == null) {
      throw new IllegalStateException("no comment to re-encrypt");
    }
    commentCiphertext = comment.ciphertext();
    keyId = comment.keyId();
  }

  public Long getId() {
    return id;
  }

  public Referral getReferral() {
    return referral;
  }

  public int getSeq() {
    return seq;
  }

  public ReferralAction getAction() {
    return action;
  }

  public ReferralState getFromState() {
    return fromState;
  }

  public ReferralState getToState() {
    return toState;
  }

  public Long getActorAccountId() {
    return actorAccountId;
  }

  public Instant getAt() {
    return at;
  }

  public Long getTeamId() {
    return teamId;
  }

  public Long getAssigneeAccountId() {
    return assigneeAccountId;
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public Long getKeyId() {
    return keyId;
  }

  public byte[] getCommentCiphertext() {
    return commentCiphertext == null ? null : commentCiphertext.clone();
  }
}
