package dk.tegn.assessments.question.entity;

import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A group of questions on one topic, e.g. "Indicators: labour exploitation". Its key (code) is
 * unique within its organisation, or among the shared categories.
 */
@Entity
@Table(name = "asm_category")
@NamedQuery(
    name = "Category.findOwnByCode",
    query = "select c from Category c where c.organisationId = :organisationId and c.code = :code")
@NamedQuery(
    name = "Category.findSharedByCode",
    query = "select c from Category c where c.organisationId is null and c.code = :code")
@NamedQuery(
    name = "Category.listVisible",
    query =
        "select c from Category c where c.organisationId is null or c.organisationId in"
            + " :organisations order by c.code")
public class Category {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Null: shared with every organisation. */
  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private LocalizedText name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Category() {}

  public Category(Long organisationId, String code, LocalizedText name, Instant now) {
    this.organisationId = organisationId;
    this.code = Content.requireKey(code);
    rename(name);
    this.createdAt = Objects.requireNonNull(now);
  }

  public void rename(LocalizedText name) {
    if (name == null || name.isEmpty()) {
      throw new ContentRuleException("category.name");
    }
    this.name = name;
  }

  public boolean isShared() {
    return organisationId == null;
  }

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
