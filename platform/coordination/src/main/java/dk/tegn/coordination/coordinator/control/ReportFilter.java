package dk.tegn.coordination.coordinator.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a completion report covers: an organisation (within the caller's), a course, a cohort, an
 * audience of courses, and enrolments made between two dates. Every field may be empty.
 */
public class ReportFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long organisationId;
  private Long courseId;
  private Long cohortId;
  private String audience;
  private LocalDate from;
  private LocalDate to;

  /** Whether the filter limits enrolments or attempts to dates, which the counters cannot. */
  public boolean hasDates() {
    return from != null || to != null;
  }

  public static ReportFilter of(Long organisationId, Long courseId, Long cohortId) {
    ReportFilter f = new ReportFilter();
    f.organisationId = organisationId;
    f.courseId = courseId;
    f.cohortId = cohortId;
    return f;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience == null || audience.isBlank() ? null : audience;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
