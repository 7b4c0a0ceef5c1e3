package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.coordinator.control.CoordinationSettings;
import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.control.EnrolmentKeys;
import dk.tegn.coordination.enrolment.entity.EnrolmentKey;
import dk.tegn.coordination.registration.control.RegistrationSettings;
import dk.tegn.coordination.registration.entity.RegistrationDomain;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs /coordination/settings.xhtml: an organisation's reminder timing, its self-registration
 * (accepted e-mail domains, approval, the cohort newcomers join) and its course enrolment keys (a
 * new key is shown once).
 */
@Named
@ViewScoped
public class CoordinationSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int COHORTS = 1000;

  /** A domain as people type it: any case, spaces around it (it is kept in lower case). */
  static final String DOMAIN =
      "\\s*[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+\\s*";

  @Inject CoordinationSettings settings;
  @Inject EnrolmentKeys keys;
  @Inject Assignments assignments;
  @Inject CoordinationScope scope;
  @Inject CurrentCaller caller;
  @Inject FacesMessages messages;
  @Inject LocaleBacking locale;
  @Inject RegistrationSettings registration;
  @Inject Cohorts cohorts;

  private CoordinatorChoices choices;
  private int remindBeforeDays;
  private int remindAfterDays;
  private int remindEveryDays;
  private int expiryWarningDays;
  private int recertificationDays;
  private String timeZone;
  private List<EnrolmentKey> keyList;
  private Long courseId;
  private Integer dueDays;
  private String newKey;
  private String newKeyCourse;
  private List<RegistrationDomain> domains;

  @NotBlank(message = "{platform.required}")
  @Size(max = 200)
  @Pattern(regexp = DOMAIN, message = "{platform.registration.domain.pattern}")
  private String newDomain;

  private boolean registrationOpen;
  private boolean approvalRequired;
  private Long registrationCohortId;
  private List<SelectItem> cohortChoices;

  @PostConstruct
  void init() {
    choices =
        new CoordinatorChoices(
            scope.visibleOrganisations(),
            caller.organisationId(),
            assignments.assignableCourses(locale.getLanguage()));
    load();
  }

  /** Reads the chosen organisation's settings. */
  public void load() {
    newKey = null;
    newDomain = null;
    if (choices.getOrganisationId() == null) {
      keyList = List.of();
      domains = List.of();
      cohortChoices = List.of();
      return;
    }
    OrganisationSettings s = settings.of(choices.getOrganisationId());
    remindBeforeDays = s.getRemindBeforeDays();
    remindAfterDays = s.getRemindAfterDays();
    remindEveryDays = s.getRemindEveryDays();
    expiryWarningDays = s.getExpiryWarningDays();
    recertificationDays = s.getRecertificationDays();
    timeZone = s.getTimeZone();
    keyList = keys.list(choices.getOrganisationId());
    loadRegistration();
  }

  private void loadRegistration() {
    long organisation = choices.getOrganisationId();
    OrganisationSettings s = registration.of(organisation);
    registrationOpen = s.isSelfRegistration();
    approvalRequired = s.isApprovalRequired();
    registrationCohortId = s.getRegistrationCohortId();
    domains = registration.domains(organisation);
    cohortChoices =
        cohorts.inOrganisation(organisation, 0, COHORTS).stream()
            .map(c -> new SelectItem(c.getId(), c.getName()))
            .toList();
  }

  public void addDomain() {
    try {
      RegistrationDomain added = registration.addDomain(choices.getOrganisationId(), newDomain);
      messages.info(Messages.PLATFORM, "coordination_settings.domainAdded", added.getDomain());
      newDomain = null;
      domains = registration.domains(choices.getOrganisationId());
    } catch (RuleViolationException rule) {
      messages.error("registration:domain", rule);
    }
  }

  public void removeDomain(RegistrationDomain domain) {
    registration.removeDomain(choices.getOrganisationId(), domain.getId());
    messages.info(Messages.PLATFORM, "coordination_settings.domainRemoved", domain.getDomain());
    domains = registration.domains(choices.getOrganisationId());
  }

  public void saveRegistration() {
    try {
      registration.configure(
          choices.getOrganisationId(), registrationOpen, approvalRequired, registrationCohortId);
      messages.info(Messages.PLATFORM, "coordination_settings.registrationSaved");
    } catch (RuleViolationException rule) {
      messages.error("registration:cohort", rule);
    }
  }

  public void save() {
    settings.timeReminders(
        choices.getOrganisationId(),
        remindBeforeDays,
        remindAfterDays,
        remindEveryDays,
        expiryWarningDays,
        recertificationDays);
    try {
      settings.keepTimeIn(choices.getOrganisationId(), timeZone);
    } catch (RuleViolationException rule) {
      messages.error("reminders:zone", rule);
      return;
    }
    messages.info(Messages.PLATFORM, "coordination_settings.saved");
  }

  public void createKey() {
    if (courseId == null) {
      messages.error("keys:course", Messages.PLATFORM, "coordination_cohorts.chooseCourse");
      return;
    }
    try {
      newKey = keys.create(choices.getOrganisationId(), courseId, dueDays);
      newKeyCourse = choices.courseTitle(courseId);
      keyList = keys.list(choices.getOrganisationId());
    } catch (RuleViolationException rule) {
      messages.error("keys:course", rule);
    }
  }

  public void revoke(EnrolmentKey key) {
    keys.revoke(choices.getOrganisationId(), key.getCourseId());
    keyList = keys.list(choices.getOrganisationId());
    newKey = null;
  }

  public CoordinatorChoices getChoices() {
    return choices;
  }

  public int getRemindBeforeDays() {
    return remindBeforeDays;
  }

  public void setRemindBeforeDays(int remindBeforeDays) {
    this.remindBeforeDays = remindBeforeDays;
  }

  public int getRemindAfterDays() {
    return remindAfterDays;
  }

  public void setRemindAfterDays(int remindAfterDays) {
    this.remindAfterDays = remindAfterDays;
  }

  public int getRemindEveryDays() {
    return remindEveryDays;
  }

  public void setRemindEveryDays(int remindEveryDays) {
    this.remindEveryDays = remindEveryDays;
  }

  public int getExpiryWarningDays() {
    return expiryWarningDays;
  }

  public void setExpiryWarningDays(int expiryWarningDays) {
    this.expiryWarningDays = expiryWarningDays;
  }

  public int getRecertificationDays() {
    return recertificationDays;
  }

  public void setRecertificationDays(int recertificationDays) {
    this.recertificationDays = recertificationDays;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The region time zones (Europe/Copenhagen), by name. */
  public List<String> getTimeZones() {
    return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList();
  }

  public List<EnrolmentKey> getKeyList() {
    return keyList;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Integer getDueDays() {
    return dueDays;
  }

  public void setDueDays(Integer dueDays) {
    this.dueDays = dueDays;
  }

  public String getNewKey() {
    return newKey;
  }

  public String getNewKeyCourse() {
    return newKeyCourse;
  }

  public List<RegistrationDomain> getDomains() {
    return domains;
  }

  public String getNewDomain() {
    return newDomain;
  }

  public void setNewDomain(String newDomain) {
    this.newDomain = newDomain;
  }

  public boolean isRegistrationOpen() {
    return registrationOpen;
  }

  public void setRegistrationOpen(boolean registrationOpen) {
    this.registrationOpen = registrationOpen;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public void setApprovalRequired(boolean approvalRequired) {
    this.approvalRequired = approvalRequired;
  }

  public Long getRegistrationCohortId() {
    return registrationCohortId;
  }

  public void setRegistrationCohortId(Long registrationCohortId) {
    this.registrationCohortId = registrationCohortId;
  }

  public List<SelectItem> getCohortChoices() {
    return cohortChoices;
  }
}
