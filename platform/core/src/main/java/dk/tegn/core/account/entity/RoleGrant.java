package dk.tegn.core.account.entity;

import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An account holds a role within one organisation. */
@Entity
@EntityListeners(AccountChanges.class)
@Table(name = "plt_role_grant")
@NamedQuery(
    name = "RoleGrant.findByAccount",
    query = "select g from RoleGrant g where g.account.id = :accountId order by g.id")
@NamedQuery(
    name = "RoleGrant.findByOrganisationAndRole",
    query =
        "select g from RoleGrant g where g.organisation.id = :organisationId and g.role = :role"
            + " order by g.id")
public class RoleGrant implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected RoleGrant() {}

  RoleGrant(Account account, Organisation organisation, Role role, Instant grantedAt) {
    this.account = account;
    this.organisation = organisation;
    this.role = role;
    this.grantedAt = grantedAt;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Role getRole() {
    return role;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public boolean matches(Role role, Organisation organisation) {
    return this.role == role
        && (this.organisation == organisation
            || (organisation.getId() != null
                && organisation.getId().equals(this.organisation.getId())));
  }
}
