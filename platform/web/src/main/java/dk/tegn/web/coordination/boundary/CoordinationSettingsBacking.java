package dk.tegn.web.coordination.boundary;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import dk.tegn.web.coordination.control.CoordinationScope;
import dk.tegn.web.coordination.control.CoordinationSettings;
import dk.tegn.web.coordination.entity.OrganisationSettings;
import dk.tegn.web.enrolment.control.Assignments;
import dk.tegn.web.enrolment.control.EnrolmentKeys;
import dk.tegn.web.enrolment.entity.EnrolmentKey;
import dk.tegn.web.layout.FacesMessages;
import dk.tegn.web.layout.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /coordination/settings.xhtml: an organisation's reminder timing and its course enrolment
 * keys (a new key is shown once).
 */
@Named
@ViewScoped
public class CoordinationSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CoordinationSettings settings;
  @Inject transient EnrolmentKeys keys;
  @Inject transient Assignments assignments;
  @Inject transient CoordinationScope scope;
  @Inject transient CurrentCaller caller;
  @Inject transient FacesMessages messages;
  @Inject transient LocaleBacking locale;

  private CoordinatorChoices choices;
  private int remindBeforeDays;
  private int remindAfterDays;
  private int remindEveryDays;
  private int expiryWarningDays;
  private int recertificationDays;
  private List<EnrolmentKey> keyList;
  private Long courseId;
  private Integer dueDays;
  private String newKey;
  private String newKeyCourse;

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
    if (choices.getOrganisationId() == null) {
      keyList = List.of();
      return;
    }
    OrganisationSettings s = settings.of(choices.getOrganisationId());
    remindBeforeDays = s.getRemindBeforeDays();
    remindAfterDays = s.getRemindAfterDays();
    remindEveryDays = s.getRemindEveryDays();
    expiryWarningDays = s.getExpiryWarningDays();
    recertificationDays = s.getRecertificationDays();
    keyList = keys.list(choices.getOrganisationId());
  }

  public void save() {
    settings.timeReminders(
        choices.getOrganisationId(),
        remindBeforeDays,
        remindAfterDays,
        remindEveryDays,
        expiryWarningDays,
        recertificationDays);
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
}
