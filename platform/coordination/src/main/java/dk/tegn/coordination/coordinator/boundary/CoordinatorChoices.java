package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.core.organisation.entity.Organisation;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator's page lets them choose between: the organisations they coordinate (their own
 * first chosen) and the courses they can assign, titled in their language.
 */
public class CoordinatorChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Organisation> organisations;
  private final Map<Long, String> courses;
  private Long organisationId;

  public CoordinatorChoices(
      List<Organisation> organisations, long ownOrganisationId, Map<Long, String> courses) {
    this.organisations = List.copyOf(organisations);
    this.courses = Map.copyOf(courses);
    this.organisationId =
        organisations.stream()
            .map(Organisation::getId)
            .filter(id -> id == ownOrganisationId)
            .findFirst()
            .orElse(organisations.isEmpty() ? null : organisations.get(0).getId());
  }

  public String courseTitle(long id) {
    return courses.getOrDefault(id, String.valueOf(id));
  }

  public List<SelectItem> getCourses() {
    return courses.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(e -> new SelectItem(e.getKey(), e.getValue()))
        .toList();
  }

  public boolean isManyOrganisations() {
    return organisations.size() > 1;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
