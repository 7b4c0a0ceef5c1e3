package dk.tegn.coordination.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A course a coordinator assigned to a whole cohort or to one person, with an optional due date. A
 * cohort assignment also enrols people who join the cohort later.
 */
@Entity
@Table(name = "crd_assignment")
@NamedQuery(
    name = "Assignment.findByCohort",
    query = "select a from Assignment a where a.cohortId = :cohortId order by a.id")
@NamedQuery(
    name = "Assignment.findByCohortAndCourse",
    query = "select a from Assignment a where a.cohortId = :cohortId and a.courseId = :courseId")
@NamedQuery(
    name = "Assignment.findByAccountAndCourse",
    query = "select a from Assignment a where a.accountId = :accountId and a.courseId = :courseId")
@NamedQuery(
    name = "Assignment.findByOrganisations",
    query =
        "select a from Assignment a where a.organisationId in :organisationIds"
            + " order by a.assignedAt desc, a.id desc")
@NamedQuery(
    name = "Assignment.findAll",
    query = "select a from Assignment a order by a.assignedAt desc, a.id desc")
public class Assignment implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "cohort_id")
  private Long cohortId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "assigned_by")
  private Long assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Version private long version;

  protected Assignment() {}

  private Assignment(
      long organisationId,
      long courseId,
      Long cohortId,
      Long accountId,
      LocalDate dueOn,
      Long assignedBy,
      Instant assignedAt) {
    this.organisationId = organisationId;
    this.courseId = courseId;
    this.cohortId = cohortId;
    this.accountId = accountId;
    this.dueOn = dueOn;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  public static Assignment toCohort(
      long organisationId,
      long courseId,
      long cohortId,
      LocalDate dueOn,
      Long assignedBy,
      Instant now) {
    return new Assignment(organisationId, courseId, cohortId, null, dueOn, assignedBy, now);
  }

  public static Assignment toPerson(
      long organisationId,
      long courseId,
      long accountId,
      LocalDate dueOn,
      Long assignedBy,
      Instant now) {
    return new Assignment(organisationId, courseId, null, accountId, dueOn, assignedBy, now);
  }

  public void changeDueDate(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  /**
   * The due date for someone enrolled on {@code today}: the assignment's, or, when that has passed
   * already (a late joiner), {@code graceDays} from today.
   */
  public LocalDate dueFor(LocalDate today, int graceDays) {
    if (dueOn == null) {
      return null;
    }
    return dueOn.isBefore(today) ? today.plusDays(graceDays) : dueOn;
  }

  public boolean isForCohort() {
    return cohortId != null;
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public long getCourseId() {
    return courseId;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
