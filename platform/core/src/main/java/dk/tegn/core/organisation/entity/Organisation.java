package dk.tegn.core.organisation.entity;

import dk.tegn.core.account.entity.AccountChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A body whose people train or refer: the national centre, a police school, a ministry, an embassy,
 * a hospital. A national organisation's coordinators see every organisation.
 */
@Entity
@EntityListeners(AccountChanges.class)
@Table(name = "plt_organisation")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.name")
@NamedQuery(
    name = "Organisation.countAccounts",
    query =
        "select a.organisation.id, count(a) from Account a where a.organisation.id in :ids"
            + " group by a.organisation.id")
@NamedQuery(
    name = "Organisation.findByCode",
    query = "select o from Organisation o where o.code = :code")
public class Organisation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = "[a-z0-9-]+", message = "{platform.organisation.code.pattern}")
  @Column(nullable = false, unique = true)
  private String code;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false)
  private String name;

  @Column(name = "default_locale", nullable = false)
  private String defaultLocale;

  @Column(nullable = false)
  private boolean national;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(
      String code, String name, String defaultLocale, boolean national, Instant createdAt) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.defaultLocale = Objects.requireNonNull(defaultLocale);
    this.national = national;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** The language of people who chose none, and of content that lacks the reader's. */
  public void changeDefaultLocale(String defaultLocale) {
    this.defaultLocale = Objects.requireNonNull(defaultLocale);
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDefaultLocale() {
    return defaultLocale;
  }

  public boolean isNational() {
    return national;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
