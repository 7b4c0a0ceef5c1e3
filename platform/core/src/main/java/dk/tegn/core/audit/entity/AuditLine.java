package dk.tegn.core.audit.entity;

import dk.tegn.core.audit.Outcome;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log as an administrator reads it: the entry's values with its actor's
 * username, so pages outside core never hold the entity. A class with getters, because pages (EL 5)
 * cannot read records.
 */
public class AuditLine implements Serializable {

  private static final long serialVersionUID = 3L;

  private final long id;
  private final Instant at;
  private final String actor;
  private final String action;
  private final String targetType;
  private final String targetId;
  private final Outcome outcome;
  private final String detail;

  public AuditLine(AuditEntry entry, String actor) {
    this.id = entry.getId();
    this.at = entry.getAt();
    this.actor = actor;
    this.action = entry.getAction();
    this.targetType = entry.getTargetType();
    this.targetId = entry.getTargetId();
    this.outcome = entry.getOutcome();
    this.detail = entry.getDetail();
  }

  public long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  /** The actor's username; null when nobody was signed in (e.g. a refused self-registration). */
  public String getActor() {
    return actor;
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
