package dk.tegn.coordination.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** An e-mail domain whose addresses may register in an organisation. */
@Entity
@Table(name = "crd_registration_domain")
@NamedQuery(
    name = "RegistrationDomain.findByDomain",
    query = "select d from RegistrationDomain d where d.domain = :domain order by d.id")
@NamedQuery(
    name = "RegistrationDomain.findByOrganisation",
    query =
        "select d from RegistrationDomain d where d.organisationId = :organisationId"
            + " order by d.domain")
public class RegistrationDomain implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(nullable = false)
  private String domain;

  protected RegistrationDomain() {}

  public RegistrationDomain(long organisationId, String domain) {
    this.organisationId = organisationId;
    this.domain = normalise(domain);
  }

  public static String normalise(String domain) {
    String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
    if (!d.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
      throw new IllegalArgumentException("not a domain");
    }
    return d;
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getDomain() {
    return domain;
  }
}
