package dk.tegn.courses.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A cited source marked by a trainer as touched by a change of law or practice. Every lesson of the
 * organisation's courses that cites it is listed for review until it is published with a review
 * made after the day of the mark.
 */
@Entity
@Table(name = "crs_source_flag")
@NamedQuery(
    name = "SourceFlag.findByOrganisations",
    query =
        "select f from SourceFlag f where f.organisationId in :organisationIds"
            + " order by f.flaggedAt desc")
public class SourceFlag {

  public static final int MAX_URL = 1000;
  public static final int MAX_NOTE = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private long organisationId;

  @Column(nullable = false, updatable = false)
  private String url;

  @Column(nullable = false, updatable = false)
  private String note;

  @Column(name = "flagged_by", nullable = false, updatable = false)
  private long flaggedBy;

  @Column(name = "flagged_at", nullable = false, updatable = false)
  private Instant flaggedAt;

  protected SourceFlag() {}

  public SourceFlag(long organisationId, String url, String note, long flaggedBy, Instant at) {
    this.organisationId = organisationId;
    this.url = url;
    this.note = note;
    this.flaggedBy = flaggedBy;
    this.flaggedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getUrl() {
    return url;
  }

  public String getNote() {
    return note;
  }

  public long getFlaggedBy() {
    return flaggedBy;
  }

  public Instant getFlaggedAt() {
    return flaggedAt;
  }
}
