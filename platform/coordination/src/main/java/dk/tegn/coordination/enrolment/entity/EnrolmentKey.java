package dk.tegn.coordination.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A key that lets an organisation's people enrol themselves in one course. Only its SHA-256 is
 * kept; a leaked key is replaced by making a new one (the old stops working).
 */
@Entity
@Table(name = "crd_enrolment_key")
@NamedQuery(
    name = "EnrolmentKey.findByHash",
    query = "select k from EnrolmentKey k where k.keyHash = :keyHash")
@NamedQuery(
    name = "EnrolmentKey.findByCourse",
    query =
        "select k from EnrolmentKey k where k.organisationId = :organisationId"
            + " and k.courseId = :courseId")
@NamedQuery(
    name = "EnrolmentKey.findByOrganisation",
    query =
        "select k from EnrolmentKey k where k.organisationId = :organisationId"
            + " order by k.createdAt desc, k.id desc")
public class EnrolmentKey implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "key_hash", nullable = false)
  private String keyHash;

  @Column(name = "due_days")
  private Integer dueDays;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EnrolmentKey() {}

  public EnrolmentKey(
      long organisationId,
      long courseId,
      String keyHash,
      Integer dueDays,
      Long createdBy,
      Instant now) {
    this.organisationId = organisationId;
    this.courseId = courseId;
    this.keyHash = keyHash;
    this.dueDays = dueDays;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public void replace(String keyHash, Integer dueDays, Long createdBy, Instant now) {
    this.keyHash = keyHash;
    this.dueDays = dueDays;
    this.createdBy = createdBy;
    this.createdAt = now;
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

  public Integer getDueDays() {
    return dueDays;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
