package dk.tegn.assessments.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt granted to one learner beyond a quiz's limit, in one context (where attempts are
 * numbered and limited), with who granted it and why.
 */
@Entity
@Table(name = "asm_extra_attempt")
@NamedQuery(
    name = "ExtraAttempt.count",
    query =
        "select count(x) from ExtraAttempt x where x.learnerId = :learnerId"
            + " and x.quizId = :quizId and x.contextId = :contextId")
@NamedQuery(
    name = "ExtraAttempt.listByLearner",
    query = "select x from ExtraAttempt x where x.learnerId = :learnerId order by x.id")
public class ExtraAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "learner_id", nullable = false, updatable = false)
  private long learnerId;

  @Column(name = "quiz_id", nullable = false, updatable = false)
  private long quizId;

  @Column(name = "context_id", nullable = false, updatable = false)
  private long contextId;

  @Column(nullable = false, length = GradeOverride.MAX_REASON)
  private String reason;

  @Column(name = "granted_by")
  private Long grantedBy;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  protected ExtraAttempt() {}

  public ExtraAttempt(
      long learnerId, long quizId, long contextId, String reason, Long grantedBy, Instant now) {
    String why = GradeOverride.reason(reason);
    this.learnerId = learnerId;
    this.quizId = quizId;
    this.contextId = contextId;
    this.reason = why;
    this.grantedBy = grantedBy;
    this.grantedAt = Objects.requireNonNull(now);
  }

  public Long getId() {
    return id;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public long getQuizId() {
    return quizId;
  }

  public long getContextId() {
    return contextId;
  }

  public String getReason() {
    return reason;
  }

  public Long getGrantedBy() {
    return grantedBy;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }
}
