package dk.tegn.lti.grade.entity;

import dk.tegn.core.time.BackOff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A score for a platform's grade book, written with the work that earned it and sent later: retried
 * with growing pauses (30 s doubling, at most 6 h) until the platform takes it.
 */
@Entity
@Table(name = "lti_score")
@NamedQuery(
    name = "Score.findDue",
    query =
        "select s from Score s where s.sentAt is null and s.nextAttemptAt <= :now order by s.id")
@NamedQuery(
    name = "Score.findByMember",
    query = "select s from Score s where s.linkMemberId = :memberId order by s.id")
public class Score {

  private static final BackOff BACK_OFF = new BackOff(Duration.ofSeconds(30), Duration.ofHours(6));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "link_member_id", nullable = false)
  private long linkMemberId;

  @Column(name = "score_given", nullable = false)
  private BigDecimal scoreGiven;

  @Column(name = "score_maximum", nullable = false)
  private BigDecimal scoreMaximum;

  @Column(name = "activity_progress", nullable = false)
  private String activityProgress;

  @Column(name = "grading_progress", nullable = false)
  private String gradingProgress;

  private String comment;

  @Column(name = "scored_at", nullable = false)
  private Instant scoredAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  @Version private long version;

  protected Score() {}

  public Score(
      long linkMemberId,
      BigDecimal scoreGiven,
      BigDecimal scoreMaximum,
      String activityProgress,
      String gradingProgress,
      String comment,
      Instant scoredAt) {
    this.linkMemberId = linkMemberId;
    this.scoreGiven = scoreGiven;
    this.scoreMaximum = scoreMaximum;
    this.activityProgress = activityProgress;
    this.gradingProgress = gradingProgress;
    this.comment = comment;
    this.scoredAt = scoredAt;
    this.nextAttemptAt = scoredAt;
  }

  public void sent(Instant now) {
    sentAt = now;
    lastError = null;
  }

  public void failed(Instant now, String error) {
    attempts++;
    nextAttemptAt = now.plus(BACK_OFF.after(attempts));
    lastError = BackOff.cut(error, 500);
  }

  public boolean isSent() {
    return sentAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getLinkMemberId() {
    return linkMemberId;
  }

  public BigDecimal getScoreGiven() {
    return scoreGiven;
  }

  public BigDecimal getScoreMaximum() {
    return scoreMaximum;
  }

  public String getActivityProgress() {
    return activityProgress;
  }

  public String getGradingProgress() {
    return gradingProgress;
  }

  public String getComment() {
    return comment;
  }

  public Instant getScoredAt() {
    return scoredAt;
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

  public String getLastError() {
    return lastError;
  }
}
