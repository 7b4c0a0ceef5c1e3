package dk.tegn.core.audit.entity;

import java.io.Serializable;

/**
 * One line of the audit log as an administrator reads it: the entry with its actor's username. A
 * class with getters, because pages (EL 5) cannot read records.
 */
public class AuditLine implements Serializable {

  private static final long serialVersionUID = 2L;

  private final AuditEntry entry;
  private final String actor;

  public AuditLine(AuditEntry entry, String actor) {
    this.entry = entry;
    this.actor = actor;
  }

  public AuditEntry getEntry() {
    return entry;
  }

  /** The actor's username; null when nobody was signed in (e.g. a refused self-registration). */
  public String getActor() {
    return actor;
  }
}
