package dk.tegn.intake.routing.boundary;

import dk.tegn.intake.IntakeFaces;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.routing.control.RoutingAdministration;
import dk.tegn.intake.routing.control.RuleNames;
import dk.tegn.intake.routing.entity.RoutingRule;
import dk.tegn.intake.routing.entity.RuleForm;
import dk.tegn.intake.routing.entity.Team;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backs /admin/intake/routing.xhtml: the routing rules in order, and a form to add or change one.
 * The first matching rule routes a referral; one rule without conditions must catch the rest.
 */
@Named
@ViewScoped
public class AdminIntakeRoutingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingAdministration administration;

  private Long editing;
  private int position = 100;
  private String name;
  private String storedName;
  private List<String> ageCategories = new ArrayList<>();
  private List<String> genders = new ArrayList<>();
  private Long teamId;
  private boolean urgent;
  private List<RoutingRule> rules;
  private List<Team> teams;

  public List<RoutingRule> getRules() {
    if (rules == null) {
      rules = administration.rules();
    }
    return rules;
  }

  public List<Team> getTeams() {
    if (teams == null) {
      teams = administration.teams();
    }
    return teams;
  }

  public String teamName(long id) {
    return getTeams().stream()
        .filter(t -> t.getId() == id)
        .map(t -> t.name(IntakeFaces.language()))
        .findFirst()
        .orElse("");
  }

  /** The rule's name in the admin's language. */
  public String ruleName(RoutingRule rule) {
    return RuleNames.resolve(rule.getName(), IntakeFaces.language());
  }

  public void edit(RoutingRule rule) {
    editing = rule.getId();
    position = rule.getPosition();
    storedName = rule.getName();
    name = RuleNames.resolve(storedName, IntakeFaces.language());
    ageCategories = rule.getAgeCategories().stream().map(Enum::name).toList();
    genders = rule.getGenders().stream().map(Enum::name).toList();
    teamId = rule.getTeamId();
    urgent = rule.isUrgent();
  }

  public void startNew() {
    editing = null;
    position = 100;
    name = null;
    storedName = null;
    ageCategories = new ArrayList<>();
    genders = new ArrayList<>();
    teamId = null;
    urgent = false;
  }

  public void save() {
    RuleForm form =
        new RuleForm(
            position,
            // a bilingual seeded name left as shown keeps both languages
            storedName != null
                    && name != null
                    && name.equals(RuleNames.resolve(storedName, IntakeFaces.language()))
                ? storedName
                : name,
            toSet(ageCategories, AgeCategory.class),
            toSet(genders, Gender.class),
            teamId,
            urgent);
    if (IntakeFaces.showViolations("rule", IntakeFaces.validate(form))) {
      administration.saveRule(editing, form);
      IntakeFaces.info("admin_intake_routing.saved");
      startNew();
      rules = null;
    }
  }

  public void delete(RoutingRule rule) {
    administration.deleteRule(rule.getId());
    IntakeFaces.info("admin_intake_routing.deleted");
    rules = null;
  }

  private static <E extends Enum<E>> Set<E> toSet(List<String> values, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    values.forEach(v -> set.add(Enum.valueOf(type, v)));
    return set;
  }

  public AgeCategory[] getAllAgeCategories() {
    return AgeCategory.values();
  }

  public Gender[] getAllGenders() {
    return Gender.values();
  }

  public Long getEditing() {
    return editing;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getAgeCategories() {
    return ageCategories;
  }

  public void setAgeCategories(List<String> ageCategories) {
    this.ageCategories = ageCategories;
  }

  public List<String> getGenders() {
    return genders;
  }

  public void setGenders(List<String> genders) {
    this.genders = genders;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }
}
