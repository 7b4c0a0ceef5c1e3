package dk.tegn.core.sso.entity;

import dk.tegn.core.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A group of the provider gives a role in the organisation, a place in a cohort, or both. */
@Entity
@Table(name = "plt_sso_group_mapping")
public class SsoGroupMapping implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "provider_id", nullable = false)
  private SsoProvider provider;

  @Column(name = "group_name", nullable = false)
  private String groupName;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "cohort_id")
  private Long cohortId;

  protected SsoGroupMapping() {}

  SsoGroupMapping(SsoProvider provider, String groupName, Role role, Long cohortId) {
    if (role == null && cohortId == null) {
      throw new IllegalArgumentException("a group mapping gives a role or a cohort");
    }
    this.provider = Objects.requireNonNull(provider);
    this.groupName = Objects.requireNonNull(groupName);
    this.role = role;
    this.cohortId = cohortId;
  }

  public Long getId() {
    return id;
  }

  public String getGroupName() {
    return groupName;
  }

  public Role getRole() {
    return role;
  }

  public Long getCohortId() {
    return cohortId;
  }
}
