package dk.tegn.assessments.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A grade a coordinator gave an attempt instead of the graded one, with the reason. The attempt
 * keeps its own score; where both exist this one counts (pass/fail, the learner's grade, course
 * completion, the dashboard's counters). One per attempt; changing it replaces score and reason.
 */
@Entity
@Table(name = "asm_grade_override")
@NamedQuery(
    name = "GradeOverride.listByAttempts",
    query = "select o from GradeOverride o where o.attemptId in :attemptIds")
public class GradeOverride {

  public static final int MAX_REASON = 500;

  @Id
  @Column(name = "attempt_id")
  private long attemptId;

  @Column(name = "score_percent", nullable = false)
  private int scorePercent;

  @Column(nullable = false)
  private boolean passed;

  @Column(nullable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "overridden_by")
  private Long overriddenBy;

  @Column(name = "overridden_at", nullable = false)
  private Instant overriddenAt;

  @Version private long version;

  protected GradeOverride() {}

  public GradeOverride(long attemptId) {
    this.attemptId = attemptId;
  }

  /** Sets the grade that counts; {@code passMark} decides pass or fail as for a graded attempt. */
  public void set(int scorePercent, int passMark, String reason, Long by, Instant now) {
    if (scorePercent < 0 || scorePercent > 100) {
      throw new IllegalArgumentException("score " + scorePercent);
    }
    String why = reason(reason);
    this.scorePercent = scorePercent;
    this.passed = scorePercent >= passMark;
    this.reason = why;
    this.overriddenBy = by;
    this.overriddenAt = Objects.requireNonNull(now);
  }

  /** A reason as stored: stripped, 1 to {@link #MAX_REASON} characters. */
  public static String reason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new IllegalArgumentException("a reason of 1 to " + MAX_REASON + " characters");
    }
    return why;
  }

  public long getAttemptId() {
    return attemptId;
  }

  public int getScorePercent() {
    return scorePercent;
  }

  public boolean isPassed() {
    return passed;
  }

  public String getReason() {
    return reason;
  }

  public Long getOverriddenBy() {
    return overriddenBy;
  }

  public Instant getOverriddenAt() {
    return overriddenAt;
  }
}
