package dk.tegn.core.audit.entity;

import dk.tegn.core.audit.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An immutable line of the audit log: ids and outcomes, never personal data. */
@Entity
@Table(name = "plt_audit")
@NamedQuery(
    name = "AuditEntry.findByTarget",
    query =
        "select a from AuditEntry a where a.targetType = :targetType and a.targetId = :targetId"
            + " order by a.id desc")
@NamedQuery(
    name = "AuditEntry.findByAction",
    query = "select a from AuditEntry a where a.action = :action order by a.id desc")
@NamedQuery(
    name = "AuditEntry.actions",
    query = "select distinct a.action from AuditEntry a order by a.action")
@NamedQuery(
    name = "AuditEntry.targetTypes",
    query =
        "select distinct a.targetType from AuditEntry a where a.targetType is not null"
            + " order by a.targetType")
@NamedQuery(
    name = "AuditEntry.actorUsernames",
    query = "select o.id, o.username from Account o where o.id in :ids")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(nullable = false)
  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at,
      Long actorAccountId,
      String action,
      String targetType,
      String targetId,
      Outcome outcome,
      String detail) {
    this.at = at;
    this.actorAccountId = actorAccountId;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.outcome = outcome;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorAccountId() {
    return actorAccountId;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }
}
