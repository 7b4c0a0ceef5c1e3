package dk.tegn.intake.routing.entity;

import dk.tegn.i18n.LocalizedText;
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

/** One of the centre's intake teams (children, women, men, ...), with a translatable name. */
@Entity
@Table(name = "itk_team")
@NamedQuery(name = "Team.findAll", query = "select t from Team t order by t.id")
@NamedQuery(name = "Team.findByCode", query = "select t from Team t where t.code = :code")
public class Team implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private LocalizedText name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Team() {}

  public Team(String code, LocalizedText name, Instant now) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText getName() {
    return name;
  }

  public String name(String language) {
    return name.resolve(language, "da");
  }
}
