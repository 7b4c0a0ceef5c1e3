package dk.tegn.web.coordination.control;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.web.coordination.entity.OrganisationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A coordinator reads and changes their organisation's reminder timing. */
@ApplicationScoped
@Transactional
public class CoordinationSettings {

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
