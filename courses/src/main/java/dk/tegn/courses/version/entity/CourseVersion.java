package dk.tegn.courses.version.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A published, numbered version of a course: a snapshot of its structure and texts that never
 * changes (no mutators, every column not updatable), so a completion can always name what was
 * learnt.
 */
@Entity
@Table(name = "crs_version")
@NamedQuery(
    name = "CourseVersion.findByCourse",
    query = "select v from CourseVersion v where v.courseId = :courseId order by v.number desc")
@NamedQuery(
    name = "CourseVersion.findByCourseAndNumber",
    query = "select v from CourseVersion v where v.courseId = :courseId and v.number = :number")
@NamedQuery(
    name = "CourseVersion.findRecompletionsAfter",
    query =
        "select v from CourseVersion v where v.courseId = :courseId and v.number > :number"
            + " and v.recompletionReason is not null order by v.number desc")
public class CourseVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false)
  private String snapshot;

  @Column(nullable = false, updatable = false)
  private String changes;

  @Column(updatable = false)
  private String note;

  @Column(name = "everyone_restarts", nullable = false, updatable = false)
  private boolean everyoneRestarts;

  /**
   * Why holders of a certificate of an earlier version must complete this one; null: they need not.
   */
  @Column(name = "recompletion_reason", updatable = false)
  private String recompletionReason;

  @Column(name = "published_by", nullable = false, updatable = false)
  private long publishedBy;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Transient private PublishedCourse course;

  protected CourseVersion() {}

  public CourseVersion(
      long courseId,
      int number,
      PublishedCourse course,
      List<Change> changes,
      String note,
      boolean everyoneRestarts,
      long publishedBy,
      Instant publishedAt) {
    if (number < 1) {
      throw new IllegalArgumentException("versions count from 1");
    }
    this.courseId = courseId;
    this.number = number;
    this.snapshot = SnapshotJson.write(course);
    this.changes = SnapshotJson.writeChanges(changes);
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.everyoneRestarts = everyoneRestarts;
    this.publishedBy = publishedBy;
    this.publishedAt = Objects.requireNonNull(publishedAt);
  }

  /**
   * Asks holders of a certificate of an earlier version to complete this one, for the reason given
   * (shown to them). Set only while the version is being published.
   */
  public CourseVersion requireRecompletion(String reason) {
    if (id != null) {
      throw new IllegalStateException("a published version does not change");
    }
    this.recompletionReason = reason == null || reason.isBlank() ? null : reason.strip();
    return this;
  }

  public String getRecompletionReason() {
    return recompletionReason;
  }

  /** The course as published in this version. */
  public PublishedCourse course() {
    if (course == null) {
      course = SnapshotJson.read(snapshot);
    }
    return course;
  }

  public List<Change> changes() {
    return SnapshotJson.readChanges(changes);
  }

  public Long getId() {
    return id;
  }

  public long getCourseId() {
    return courseId;
  }

  public int getNumber() {
    return number;
  }

  public String getNote() {
    return note;
  }

  public boolean isEveryoneRestarts() {
    return everyoneRestarts;
  }

  public long getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
