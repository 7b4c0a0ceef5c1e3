package dk.tegn.courses.xapi.entity;

import dk.tegn.core.time.BackOff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One statement in the outbox. Written once by native SQL (an insert that ignores a statement id
 * already there); afterwards only its delivery state changes.
 */
@Entity
@Table(name = "crs_xapi_statement")
@NamedQuery(
    name = "OutboxStatement.listDue",
    query =
        "select s from OutboxStatement s where s.organisationId = :organisationId"
            + " and s.sentAt is null and s.rejectedAt is null and s.dueAt <= :now"
            + " and s.nextAttemptAt <= :now order by s.id")
@NamedQuery(
    name = "OutboxStatement.listReadable",
    query =
        "select s from OutboxStatement s where s.organisationId = :organisationId"
            + " and s.dueAt <= :now and s.storedAt >= :since and s.id > :after"
            + " and (:verb is null or s.verb = :verb)"
            + " and (:activity is null or s.activityId = :activity) order by s.id")
@NamedQuery(
    name = "OutboxStatement.findByStatementId",
    query =
        "select s from OutboxStatement s where s.statementId = :statementId"
            + " and s.organisationId = :organisationId and s.dueAt <= :now")
@NamedQuery(
    name = "OutboxStatement.countByState",
    query =
        "select case when s.sentAt is not null then 'SENT'"
            + " when s.rejectedAt is not null then 'REJECTED'"
            + " when s.dueAt > :now then 'SCHEDULED' else 'PENDING' end, count(s)"
            + " from OutboxStatement s where s.organisationId = :organisationId"
            + " group by case when s.sentAt is not null then 'SENT'"
            + " when s.rejectedAt is not null then 'REJECTED'"
            + " when s.dueAt > :now then 'SCHEDULED' else 'PENDING' end")
@NamedQuery(
    name = "OutboxStatement.listProblems",
    query =
        "select s from OutboxStatement s where s.organisationId = :organisationId"
            + " and s.sentAt is null and s.lastError is not null order by s.id")
public class OutboxStatement {

  @Id private Long id;

  @Column(name = "statement_id", nullable = false, updatable = false)
  private String statementId;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private long organisationId;

  @Column(nullable = false, updatable = false)
  private String verb;

  @Column(name = "activity_id", nullable = false, updatable = false)
  private String activityId;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "stored_at", nullable = false, updatable = false)
  private Instant storedAt;

  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "rejected_at")
  private Instant rejectedAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxStatement() {}

  public void sent(Instant now) {
    sentAt = now;
    lastError = null;
  }

  /** The LRS refused this statement itself (not the connection): retrying will not help. */
  public void rejected(Instant now, String error) {
    rejectedAt = now;
    lastError = cut(error);
  }

  /** Not delivered this time: try again after {@code wait}, a little longer each time. */
  public void failed(Instant now, String error, java.time.Duration wait) {
    attempts++;
    nextAttemptAt = now.plus(wait);
    lastError = cut(error);
  }

  private static String cut(String error) {
    return BackOff.cut(error, 500);
  }

  public Long getId() {
    return id;
  }

  public String getStatementId() {
    return statementId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getVerb() {
    return verb;
  }

  public String getActivityId() {
    return activityId;
  }

  public String getBody() {
    return body;
  }

  public Instant getStoredAt() {
    return storedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getRejectedAt() {
    return rejectedAt;
  }

  public String getLastError() {
    return lastError;
  }
}
