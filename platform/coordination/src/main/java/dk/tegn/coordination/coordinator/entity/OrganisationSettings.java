package dk.tegn.coordination.coordinator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;

/**
 * How one organisation wants reminders, recertification and self-registration. An organisation
 * without a row uses the defaults of {@link #defaults(long)}.
 */
@Entity
@Table(name = "crd_org_settings")
public class OrganisationSettings {

  public static final int MAX_DAYS = 365;
  public static final String DEFAULT_TIME_ZONE = "Europe/Copenhagen";

  @Id
  @Column(name = "organisation_id")
  private long organisationId;

  @Column(name = "remind_before_days", nullable = false)
  private int remindBeforeDays = 7;

  @Column(name = "remind_after_days", nullable = false)
  private int remindAfterDays = 1;

  @Column(name = "remind_every_days", nullable = false)
  private int remindEveryDays = 7;

  @Column(name = "expiry_warning_days", nullable = false)
  private int expiryWarningDays = 30;

  @Column(name = "recertification_days", nullable = false)
  private int recertificationDays = 30;

  @Column(name = "self_registration", nullable = false)
  private boolean selfRegistration;

  @Column(name = "approval_required", nullable = false)
  private boolean approvalRequired;

  @Column(name = "registration_cohort_id")
  private Long registrationCohortId;

  @Column(name = "time_zone", nullable = false)
  private String timeZone = DEFAULT_TIME_ZONE;

  @Version private long version;

  protected OrganisationSettings() {}

  public static OrganisationSettings defaults(long organisationId) {
    OrganisationSettings s = new OrganisationSettings();
    s.organisationId = organisationId;
    return s;
  }

  /**
   * Reminder timing: before the due date, after it, and how often while overdue; certificate expiry
   * warning; days given to redo a mandatory course whose certificate expired. Zero turns a reminder
   * off.
   */
  public void timeReminders(
      int remindBeforeDays,
      int remindAfterDays,
      int remindEveryDays,
      int expiryWarningDays,
      int recertificationDays) {
    this.remindBeforeDays = days(remindBeforeDays);
    this.remindAfterDays = days(remindAfterDays);
    this.remindEveryDays = days(remindEveryDays);
    this.expiryWarningDays = days(expiryWarningDays);
    if (recertificationDays < 1) {
      throw new IllegalArgumentException("recertification needs at least a day");
    }
    this.recertificationDays = days(recertificationDays);
  }

  private static int days(int days) {
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days out of range: " + days);
    }
    return days;
  }

  /** Opens or closes self-registration; arrivals may join a cohort (and its assignments). */
  public void allowSelfRegistration(boolean open, boolean approvalRequired, Long cohortId) {
    this.selfRegistration = open;
    this.approvalRequired = approvalRequired;
    this.registrationCohortId = cohortId;
  }

  /** The zone its people read times in; an id {@link ZoneId} knows (Europe/Copenhagen). */
  public void keepTimeIn(String zone) {
    this.timeZone = ZoneId.of(zone).getId();
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public String getTimeZone() {
    return timeZone;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public int getRemindBeforeDays() {
    return remindBeforeDays;
  }

  public int getRemindAfterDays() {
    return remindAfterDays;
  }

  public int getRemindEveryDays() {
    return remindEveryDays;
  }

  public int getExpiryWarningDays() {
    return expiryWarningDays;
  }

  public int getRecertificationDays() {
    return recertificationDays;
  }

  public boolean isSelfRegistration() {
    return selfRegistration;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public Long getRegistrationCohortId() {
    return registrationCohortId;
  }
}
