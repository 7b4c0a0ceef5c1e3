package dk.tegn.courses.enrolment.entity;

import dk.tegn.courses.enrolment.EnrolmentChanged;
import dk.tegn.courses.enrolment.EnrolmentChanged.Stage;
import dk.tegn.courses.enrolment.EnrolmentChanged.Standing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A trainee's place in a course, pinned to one published version. It keeps the figures "My courses"
 * and the dashboards read (progress, completion, certificate expiry) so that they never recompute
 * progress per request. One active enrolment per trainee and course; renewing closes the old one.
 */
@Entity
@Table(name = "crs_enrolment")
@NamedQuery(
    name = "Enrolment.findExpiredMandatory",
    query =
        "select e from Enrolment e, Course c where c.id = e.courseId and c.mandatory = true"
            + " and e.active = true and e.completedAt is not null and e.expiresAt <= :now"
            + " order by e.id")
@NamedQuery(
    name = "Enrolment.listActiveFactsByAccount",
    query =
        "select new dk.tegn.courses.enrolment.entity.GradedEnrolment(e.id, e.courseId,"
            + " e.versionNumber, e.completedAt) from Enrolment e"
            + " where e.accountId = :accountId and e.active = true"
            + " order by e.enrolledAt desc, e.id desc")
@NamedQuery(
    name = "Enrolment.findActiveByAccount",
    query =
        "select e from Enrolment e where e.accountId = :accountId and e.active = true"
            + " order by e.enrolledAt desc, e.id desc")
@NamedQuery(
    name = "Enrolment.findActive",
    query =
        "select e from Enrolment e where e.accountId = :accountId and e.courseId = :courseId"
            + " and e.active = true")
@NamedQuery(
    name = "Enrolment.findActiveUncompletedByAccountAndCourses",
    query =
        "select e from Enrolment e where e.accountId = :accountId and e.active = true"
            + " and e.completedAt is null and e.courseId in :courseIds order by e.id")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "enrolled_by")
  private Long enrolledBy;

  /** The date that counts: the assignment's, or the personal one when one was set. */
  @Column(name = "due_on")
  private LocalDate dueOn;

  /**
   * A due date set for this person (a coordinator's per-learner report); it wins over any other.
   */
  @Column(name = "personal_due_on")
  private LocalDate personalDueOn;

  @Column(name = "personal_due_reason", length = 500)
  private String personalDueReason;

  @Column(name = "personal_due_by")
  private Long personalDueBy;

  /**
   * The assignment's date (cohort, assignment, key), kept beside a personal one so that removing
   * the personal date goes back to it.
   */
  @Column(name = "assigned_due_on")
  private LocalDate assignedDueOn;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "last_item_key")
  private Long lastItemKey;

  @Column(name = "progress_percent", nullable = false)
  private int progressPercent;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  /** TRUE while active, NULL once closed: the unique key (account, course, active) allows one. */
  @Column(name = "active")
  private Boolean active = Boolean.TRUE;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  /**
   * How the enrolment counted when it was loaded or last published ({@link #takeChange}), once a
   * change has begun ({@code remembered}); not persisted. A new instance per transaction, as the
   * persistence context gives each its own copy.
   */
  @Transient private Standing published;

  @Transient private boolean remembered;

  protected Enrolment() {}

  public Enrolment(
      long accountId,
      long courseId,
      int versionNumber,
      LocalDate dueOn,
      Long enrolledBy,
      Instant now) {
    if (versionNumber < 1) {
      throw new IllegalArgumentException("enrol in a published version");
    }
    this.accountId = accountId;
    this.courseId = courseId;
    this.versionNumber = versionNumber;
    this.dueOn = dueOn;
    this.assignedDueOn = dueOn;
    this.enrolledBy = enrolledBy;
    this.enrolledAt = Objects.requireNonNull(now);
    this.remembered = true; // counted nowhere before it exists
  }

  public EnrolmentStatus status(Instant now) {
    if (completedAt != null) {
      return expiresAt != null && !now.isBefore(expiresAt)
          ? EnrolmentStatus.DUE_AGAIN
          : EnrolmentStatus.COMPLETED;
    }
    if (dueOn != null && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(dueOn)) {
      return EnrolmentStatus.OVERDUE;
    }
    return startedAt == null ? EnrolmentStatus.NOT_STARTED : EnrolmentStatus.IN_PROGRESS;
  }

  /** The trainee opened an item: the enrolment has started and resumes there. */
  public void visit(long itemKey, Instant now) {
    remember();
    requireOpen();
    if (startedAt == null) {
      startedAt = now;
    }
    lastItemKey = itemKey;
  }

  public void recordProgress(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("progress " + percent);
    }
    requireOpen();
    progressPercent = percent;
  }

  /** Completes the enrolment; a course is completed once per enrolment. */
  public void complete(Instant now, Instant certificateExpiresAt) {
    remember();
    if (completedAt != null) {
      throw new IllegalStateException("enrolment " + id + " is already completed");
    }
    requireOpen();
    completedAt = Objects.requireNonNull(now);
    expiresAt = certificateExpiresAt;
    progressPercent = 100;
  }

  /**
   * Moves a trainee who has not completed to another version. Progress starts over, because keys
   * done in the old version may mean something else in the new one.
   */
  public void moveTo(int versionNumber) {
    remember();
    if (completedAt != null) {
      throw new IllegalStateException("a completed enrolment stays on the version it completed");
    }
    requireOpen();
    this.versionNumber = versionNumber;
    startedAt = null;
    lastItemKey = null;
    progressPercent = 0;
  }

  /**
   * The assignment's due date changed (a new assignment, cohort sync, a coordinator's date for a
   * cohort): it counts unless a personal due date was set, which stays.
   */
  public void changeDueDate(LocalDate dueOn) {
    remember();
    this.assignedDueOn = dueOn;
    if (personalDueOn == null) {
      this.dueOn = dueOn;
    }
  }

  /**
   * A due date for this person on this enrolment, with the reason and who set it: from now on it is
   * the date that counts, whatever an assignment says later.
   */
  public void setPersonalDueDate(LocalDate dueOn, String reason, long by) {
    remember();
    requireOpen();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new IllegalArgumentException("a reason of 1 to 500 characters");
    }
    this.personalDueOn = Objects.requireNonNull(dueOn);
    this.personalDueReason = why;
    this.personalDueBy = by;
    this.dueOn = dueOn;
  }

  /**
   * The personal due date is taken away: the assignment's date (or none) counts again, and a later
   * assignment's date is followed as before.
   */
  public void removePersonalDueDate() {
    remember();
    requireOpen();
    if (personalDueOn == null) {
      throw new IllegalStateException("no personal due date to remove");
    }
    personalDueOn = null;
    personalDueReason = null;
    personalDueBy = null;
    dueOn = assignedDueOn;
  }

  public void close(Instant now) {
    remember();
    requireOpen();
    active = null;
    closedAt = now;
  }

  /** Where the enrolment stands for the dashboard's counters; null once closed. */
  public Standing standing() {
    if (!isActive()) {
      return null;
    }
    if (completedAt != null) {
      return new Standing(Stage.COMPLETED, null);
    }
    return new Standing(startedAt == null ? Stage.NOT_STARTED : Stage.STARTED, dueOn);
  }

  /**
   * The change of {@link #standing} since it was last published, if there is one; from now on the
   * current standing is the published one. Only courses' EnrolmentChanges calls it, and raises the
   * event in the same transaction.
   */
  public Optional<EnrolmentChanged> takeChange() {
    Standing now = standing();
    if (!remembered || Objects.equals(published, now)) {
      return Optional.empty();
    }
    EnrolmentChanged change = new EnrolmentChanged(accountId, courseId, published, now);
    published = now;
    return Optional.of(change);
  }

  private void remember() {
    if (!remembered) {
      published = standing();
      remembered = true;
    }
  }

  /**
   * A write whose change of standing was not published would leave the dashboard's counters wrong
   * for good: it fails instead (the transaction rolls back), so a new write path cannot forget it.
   */
  @PreUpdate
  @PostPersist
  void requirePublished() {
    if (remembered && !Objects.equals(published, standing())) {
      throw new IllegalStateException(
          "enrolment "
              + id
              + " changed how it counts without EnrolmentChanges.publish: the counters would drift");
    }
  }

  private void requireOpen() {
    if (!isActive()) {
      throw new IllegalStateException("enrolment " + id + " is closed");
    }
  }

  public boolean isActive() {
    return Boolean.TRUE.equals(active);
  }

  public boolean isStarted() {
    return startedAt != null;
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public Long getId() {
    return id;
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

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getPersonalDueOn() {
    return personalDueOn;
  }

  public LocalDate getAssignedDueOn() {
    return assignedDueOn;
  }

  public String getPersonalDueReason() {
    return personalDueReason;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Long getLastItemKey() {
    return lastItemKey;
  }

  public int getProgressPercent() {
    return progressPercent;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
