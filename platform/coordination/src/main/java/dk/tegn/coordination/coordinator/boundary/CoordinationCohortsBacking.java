package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.coordination.coordinator.control.CohortCsv;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.coordinator.control.ImportPreview;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.entity.Assignment;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.coordination.registration.entity.Registration;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs /coordination/cohorts.xhtml: cohorts of an organisation, their members (by hand, by search
 * or from a checked CSV file), courses assigned with a due date, and registrations to approve.
 */
@Named
@ViewScoped
public class CoordinationCohortsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 500;
  static final int SEARCH = 20;

  @Inject Cohorts cohorts;
  @Inject Assignments assignments;
  @Inject Registrations registrations;
  @Inject CoordinationScope scope;
  @Inject CurrentCaller caller;
  @Inject FacesMessages messages;
  @Inject LocaleBacking locale;

  private CoordinatorChoices choices;
  private String newName;
  private List<Cohort> list;
  private Long cohortId;
  private Cohort selected;
  private List<Account> members;
  private List<Assignment> assigned;
  private String term;
  private List<Account> found = List.of();
  private Long courseId;
  private LocalDate dueOn;
  private transient Part file;
  private byte[] content;
  private ImportPreview preview;
  private List<Registration> pending;

  @PostConstruct
  void init() {
    choices =
        new CoordinatorChoices(
            scope.visibleOrganisations(),
            caller.organisationId(),
            assignments.assignableCourses(locale.getLanguage()));
    load();
  }

  /** Another organisation was chosen. */
  public void load() {
    Long organisation = choices.getOrganisationId();
    list = organisation == null ? List.of() : cohorts.inOrganisation(organisation, 0, PAGE);
    pending = registrations.awaitingApproval(0, PAGE);
    if (selected != null
        && (organisation == null || selected.getOrganisationId() != organisation)) {
      select(null);
    }
  }

  public void create() {
    try {
      Cohort cohort = cohorts.create(choices.getOrganisationId(), newName);
      newName = null;
      messages.info(Messages.PLATFORM, "coordination_cohorts.created");
      load();
      select(cohort.getId());
    } catch (RuleViolationException rule) {
      messages.error("create:name", rule);
    }
  }

  public void select(Long id) {
    cohortId = id;
    found = List.of();
    term = null;
    if (id == null) {
      selected = null;
      members = List.of();
      assigned = List.of();
      return;
    }
    selected = cohorts.cohort(id);
    refreshCohort();
  }

  private void refreshCohort() {
    members = cohorts.members(cohortId, 0, PAGE);
    assigned = assignments.ofCohort(cohortId);
  }

  public void search() {
    found = cohorts.candidates(cohortId, term, 0, SEARCH);
  }

  public void add(Account account) {
    try {
      cohorts.addMember(cohortId, account.getId());
      messages.info(Messages.PLATFORM, "coordination_cohorts.added", account.getDisplayName());
      refreshCohort();
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
  }

  public void remove(Account account) {
    cohorts.removeMember(cohortId, account.getId());
    refreshCohort();
  }

  public void assignToCohort() {
    if (noCourse()) {
      return;
    }
    try {
      assignments.assignToCohort(cohortId, courseId, dueOn);
      messages.info(Messages.PLATFORM, "coordination_cohorts.assigned");
      refreshCohort();
    } catch (RuleViolationException rule) {
      messages.error("cohort:course", rule);
    }
  }

  public void assignToPerson(Account account) {
    if (noCourse()) {
      return;
    }
    try {
      assignments.assignToPerson(account.getId(), courseId, dueOn);
      messages.info(
          Messages.PLATFORM, "coordination_cohorts.assignedPerson", account.getDisplayName());
    } catch (RuleViolationException rule) {
      messages.error("cohort:course", rule);
    }
  }

  private boolean noCourse() {
    if (courseId == null) {
      messages.error("cohort:course", Messages.PLATFORM, "coordination_cohorts.chooseCourse");
      return true;
    }
    return false;
  }

  /** Checks the uploaded file; nothing is imported yet. */
  public void check() {
    if (file == null || file.getSize() == 0) {
      messages.error("upload:file", Messages.PLATFORM, "coordination_import.reason.empty");
      return;
    }
    content = read(file);
    preview = cohorts.preview(choices.getOrganisationId(), content);
    if (preview.isClean()) {
      messages.info(
          Messages.PLATFORM,
          "coordination_import.clean",
          preview.getLines().size(),
          preview.getNewAccounts());
    } else {
      messages.error(null, Messages.PLATFORM, "coordination_import.notClean");
    }
  }

  /** At most one byte more than a file may have, so the size check sees a file too large. */
  private static byte[] read(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(CohortCsv.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports the checked file, when it was clean. */
  public void importFile() {
    try {
      ImportPreview imported = cohorts.importFile(choices.getOrganisationId(), content);
      messages.info(Messages.PLATFORM, "coordination_import.imported", imported.getLines().size());
      preview = null;
      content = null;
      load();
      if (cohortId != null) {
        refreshCohort();
      }
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
  }

  public void approve(Registration registration) {
    try {
      registrations.approve(registration.getId());
      messages.info(Messages.PLATFORM, "coordination_cohorts.decided");
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
    load();
  }

  public void reject(Registration registration) {
    try {
      registrations.reject(registration.getId());
      messages.info(Messages.PLATFORM, "coordination_cohorts.decided");
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
    load();
  }

  public CoordinatorChoices getChoices() {
    return choices;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public List<Cohort> getList() {
    return list;
  }

  public Cohort getSelected() {
    return selected;
  }

  public List<Account> getMembers() {
    return members;
  }

  public List<Assignment> getAssigned() {
    return assigned;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public List<Account> getFound() {
    return found;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public List<Registration> getPending() {
    return pending;
  }
}
