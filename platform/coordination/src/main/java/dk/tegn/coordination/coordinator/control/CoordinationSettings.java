package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.OrganisationZones;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;

/** A coordinator reads and changes their organisation's reminder timing and time zone. */
@ApplicationScoped
@Transactional
public class CoordinationSettings implements OrganisationZones {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject AuditLog audit;

  /** The organisation's settings, or the defaults when it never changed them. */
  public OrganisationSettings of(@Min(1) long organisationId) {
    scope.require(organisationId, "coordination.settings.read");
    OrganisationSettings settings = em.find(OrganisationSettings.class, organisationId);
    return settings == null ? OrganisationSettings.defaults(organisationId) : settings;
  }

  /**
   * The zone an organisation's people read times in. Not guarded: a time zone tells nothing about
   * people, and every page that shows a time needs it.
   */
  @Override
  public ZoneId zoneOf(long organisationId) {
    OrganisationSettings settings = em.find(OrganisationSettings.class, organisationId);
    return settings == null ? ZoneId.of(OrganisationSettings.DEFAULT_TIME_ZONE) : settings.zone();
  }

  /** The organisation's times are shown in this zone from now on. */
  public OrganisationSettings keepTimeIn(@Min(1) long organisationId, @NotBlank String zone) {
    scope.require(organisationId, "coordination.settings.change");
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      throw new RuleViolationException(Messages.PLATFORM, "coordination_settings.timeZoneUnknown");
    }
    OrganisationSettings settings = em.find(OrganisationSettings.class, organisationId);
    if (settings == null) {
      settings = OrganisationSettings.defaults(organisationId);
      em.persist(settings);
    }
    if (!settings.getTimeZone().equals(zone)) {
      settings.keepTimeIn(zone);
      em.flush();
      audit.record(
          caller.accountId(),
          "coordination.settings.timeZone",
          "organisation",
          organisationId,
          Outcome.ALLOWED,
          zone);
    }
    return settings;
  }

  /**
   * Days before a due date to remind, days after it for the first overdue reminder and between
   * later ones, days before a certificate expires to warn (0 turns each off), and days given to
   * redo a mandatory course whose certificate expired.
   */
  public OrganisationSettings timeReminders(
      @Min(1) long organisationId,
      @Min(0) @Max(OrganisationSettings.MAX_DAYS) int remindBeforeDays,
      @Min(0) @Max(OrganisationSettings.MAX_DAYS) int remindAfterDays,
      @Min(0) @Max(OrganisationSettings.MAX_DAYS) int remindEveryDays,
      @Min(0) @Max(OrganisationSettings.MAX_DAYS) int expiryWarningDays,
      @Min(1) @Max(OrganisationSettings.MAX_DAYS) int recertificationDays) {
    scope.require(organisationId, "coordination.settings.change");
    OrganisationSettings settings = em.find(OrganisationSettings.class, organisationId);
    if (settings == null) {
      settings = OrganisationSettings.defaults(organisationId);
      em.persist(settings);
    }
    settings.timeReminders(
        remindBeforeDays, remindAfterDays, remindEveryDays, expiryWarningDays, recertificationDays);
    em.flush();
    audit.record(
        caller.accountId(),
        "coordination.settings.change",
        "organisation",
        organisationId,
        Outcome.ALLOWED);
    return settings;
  }
}
