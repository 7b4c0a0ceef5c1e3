package dk.tegn.coordination.coordinator.entity;

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
import java.util.Objects;

/** A named group of one organisation's people, e.g. a police school intake. */
@Entity
@Table(name = "crd_cohort")
@NamedQuery(
    name = "Cohort.findByOrganisations",
    query =
        "select c from Cohort c where c.organisationId in :organisationIds order by c.name, c.id")
@NamedQuery(
    name = "Cohort.findByName",
    query = "select c from Cohort c where c.organisationId = :organisationId and c.name = :name")
@NamedQuery(name = "Cohort.findAll", query = "select c from Cohort c order by c.name, c.id")
public class Cohort implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_NAME = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Cohort() {}

  public Cohort(long organisationId, String name, Long createdBy, Instant createdAt) {
    this.organisationId = organisationId;
    this.name = requireName(name);
    this.createdBy = createdBy;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  private static String requireName(String name) {
    String trimmed = Objects.requireNonNull(name).strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      throw new IllegalArgumentException("cohort name length");
    }
    return trimmed;
  }

  public void rename(String name) {
    this.name = requireName(name);
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
