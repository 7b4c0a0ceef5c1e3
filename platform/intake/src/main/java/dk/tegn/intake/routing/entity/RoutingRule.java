package dk.tegn.intake.routing.entity;

import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.Gender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A routing rule kept as data: when a referral's age category and gender match (an empty condition
 * matches anything), it goes to the rule's team, marked urgent if the rule says so. Rules are tried
 * by position; the first match wins.
 */
@Entity
@Table(name = "itk_routing_rule")
@NamedQuery(
    name = "RoutingRule.findAllInOrder",
    query = "select r from RoutingRule r order by r.position, r.id")
@NamedQuery(
    name = "RoutingRule.countByTeam",
    query = "select count(r) from RoutingRule r where r.teamId = :teamId")
public class RoutingRule implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  @Column(name = "age_categories")
  private String ageCategories;

  private String genders;

  @Column(name = "team_id", nullable = false)
  private long teamId;

  @Column(nullable = false)
  private boolean urgent;

  @Version private long version;

  protected RoutingRule() {}

  public RoutingRule(
      int position,
      String name,
      Set<AgeCategory> ageCategories,
      Set<Gender> genders,
      long teamId,
      boolean urgent) {
    change(position, name, ageCategories, genders, teamId, urgent);
  }

  public final void change(
      int position,
      String name,
      Set<AgeCategory> ageCategories,
      Set<Gender> genders,
      long teamId,
      boolean urgent) {
    this.position = position;
    this.name = Objects.requireNonNull(name);
    this.ageCategories = join(ageCategories);
    this.genders = join(genders);
    this.teamId = teamId;
    this.urgent = urgent;
  }

  public boolean matches(AgeCategory age, Gender gender) {
    return (ageCategories == null || getAgeCategories().contains(age))
        && (genders == null || getGenders().contains(gender));
  }

  /** A rule without conditions: it catches every referral that no earlier rule took. */
  public boolean catchAll() {
    return ageCategories == null && genders == null;
  }

  private static String join(Collection<? extends Enum<?>> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public Set<AgeCategory> getAgeCategories() {
    Set<AgeCategory> result = EnumSet.noneOf(AgeCategory.class);
    if (ageCategories != null) {
      Arrays.stream(ageCategories.split(",")).map(AgeCategory::valueOf).forEach(result::add);
    }
    return result;
  }

  public Set<Gender> getGenders() {
    Set<Gender> result = EnumSet.noneOf(Gender.class);
    if (genders != null) {
      Arrays.stream(genders.split(",")).map(Gender::valueOf).forEach(result::add);
    }
    return result;
  }

  public long getTeamId() {
    return teamId;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public long getVersion() {
    return version;
  }
}
