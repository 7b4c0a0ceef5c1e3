package dk.tegn.courses.completion.entity;

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
 * The record that a trainee completed a course: once per enrolment (a unique key guards it), naming
 * the version completed. Never changed afterwards, so a later version does not rewrite history.
 */
@Entity
@Table(name = "crs_completion")
@NamedQuery(
    name = "CourseCompletion.findByEnrolment",
    query = "select c from CourseCompletion c where c.enrolmentId = :enrolmentId")
@NamedQuery(
    name = "CourseCompletion.findByAccount",
    query =
        "select c from CourseCompletion c where c.accountId = :accountId"
            + " order by c.completedAt desc, c.id desc")
public class CourseCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private long enrolmentId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private Instant completedAt;

  protected CourseCompletion() {}

  public CourseCompletion(
      long enrolmentId, long accountId, long courseId, int versionNumber, Instant completedAt) {
    this.enrolmentId = enrolmentId;
    this.accountId = accountId;
    this.courseId = courseId;
    this.versionNumber = versionNumber;
    this.completedAt = Objects.requireNonNull(completedAt);
  }

  public Long getId() {
    return id;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getCourseId() {
    return courseId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
