package dk.tegn.core.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * An organisation's retention rule for learners: accounts without a sign-in for {@code
 * inactiveMonths} are warned by mail and then anonymised. No row, or null: never (the default).
 */
@Entity
@Table(name = "plt_retention_policy")
public class RetentionPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest rule an admin may set: ten years. */
  public static final int MAX_MONTHS = 120;

  @Id
  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "inactive_months")
  private Integer inactiveMonths;

  @Version private long version;

  protected RetentionPolicy() {}

  public RetentionPolicy(long organisationId) {
    this.organisationId = organisationId;
  }

  /** Null switches the rule off; otherwise 1 to {@link #MAX_MONTHS} months. */
  public void inactiveFor(Integer months) {
    if (months != null && (months < 1 || months > MAX_MONTHS)) {
      throw new IllegalArgumentException("months out of range: " + months);
    }
    this.inactiveMonths = months;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public Integer getInactiveMonths() {
    return inactiveMonths;
  }
}
