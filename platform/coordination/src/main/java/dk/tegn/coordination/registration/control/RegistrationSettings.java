package dk.tegn.coordination.registration.control;

import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.coordination.registration.entity.RegistrationDomain;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * How an organisation lets people register themselves: the e-mail domains it accepts (a domain
 * belongs to one organisation only), whether a coordinator approves each registration, and the
 * cohort newcomers join (and so the courses assigned to it). A coordinator of the organisation, a
 * national coordinator or an admin may read and change them; every change is audited.
 */
@ApplicationScoped
@Transactional
public class RegistrationSettings {

  /** More domains than any organisation needs; the list is read whole. */
  public static final int MAX_DOMAINS = 100;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject CoordinationScope scope;

  /** The organisation's domains, by name. */
  public List<RegistrationDomain> domains(@Min(1) long organisationId) {
    scope.requireOrAdmin(organisationId, "registration.settings.read");
    return domainsOf(organisationId);
  }

  /** The organisation's settings, or the defaults (registration closed) when it never set them. */
  public OrganisationSettings of(@Min(1) long organisationId) {
    scope.requireOrAdmin(organisationId, "registration.settings.read");
    return existingOrDefaults(organisationId);
  }

  /**
   * Accepts addresses of a domain ({@code Politi.DK } is kept as {@code politi.dk}); refuses what
   * is not a domain and a domain another organisation already accepts.
   */
  public RegistrationDomain addDomain(
      @Min(1) long organisationId, @NotBlank @Size(max = 200) String domain) {
    scope.requireOrAdmin(organisationId, "registration.domain.add");
    String normalised;
    try {
      normalised = RegistrationDomain.normalise(domain);
    } catch (IllegalArgumentException notADomain) {
      throw new RuleViolationException(
          Messages.PLATFORM, "coordination_settings.domainInvalid", domain.strip());
    }
    Optional<RegistrationDomain> known = byName(normalised);
    if (known.isPresent()) {
      String key =
          known.get().getOrganisationId() == organisationId
              ? "coordination_settings.domainKnown"
              : "coordination_settings.domainTaken";
      throw new RuleViolationException(Messages.PLATFORM, key, normalised);
    }
    if (domainsOf(organisationId).size() >= MAX_DOMAINS) {
      throw new RuleViolationException(
          Messages.PLATFORM, "coordination_settings.tooManyDomains", MAX_DOMAINS);
    }
    RegistrationDomain added = new RegistrationDomain(organisationId, normalised);
    em.persist(added);
    em.flush();
    audit.record(
        caller.accountId(),
        "registration.domain.add",
        "organisation",
        organisationId,
        Outcome.ALLOWED,
        normalised);
    return added;
  }

  /** Stops accepting a domain's addresses; registrations already made stay. */
  public void removeDomain(@Min(1) long organisationId, @Min(1) long domainId) {
    scope.requireOrAdmin(organisationId, "registration.domain.remove");
    RegistrationDomain domain = em.find(RegistrationDomain.class, domainId);
    if (domain == null || domain.getOrganisationId() != organisationId) {
      throw new RecordNotFoundException("registration domain", domainId);
    }
    em.remove(domain);
    em.flush();
    audit.record(
        caller.accountId(),
        "registration.domain.remove",
        "organisation",
        organisationId,
        Outcome.ALLOWED,
        domain.getDomain());
  }

  /**
   * Opens or closes self-registration, says whether a coordinator must approve each one, and which
   * cohort of the organisation newcomers join (none: no cohort).
   */
  public OrganisationSettings configure(
      @Min(1) long organisationId, boolean open, boolean approvalRequired, Long cohortId) {
    scope.requireOrAdmin(organisationId, "registration.settings.change");
    if (cohortId != null) {
      Cohort cohort = em.find(Cohort.class, cohortId);
      if (cohort == null || cohort.getOrganisationId() != organisationId) {
        throw new RuleViolationException(Messages.PLATFORM, "coordination_settings.cohortUnknown");
      }
    }
    OrganisationSettings settings = em.find(OrganisationSettings.class, organisationId);
    if (settings == null) {
      settings = OrganisationSettings.defaults(organisationId);
      em.persist(settings);
    }
    settings.allowSelfRegistration(open, approvalRequired, cohortId);
    em.flush();
    audit.record(
        caller.accountId(),
        "registration.settings.change",
        "organisation",
        organisationId,
        Outcome.ALLOWED,
        "open=" + open + " approval=" + approvalRequired + " cohort=" + cohortId);
    return settings;
  }

  private Optional<RegistrationDomain> byName(String normalised) {
    return em.createNamedQuery("RegistrationDomain.findByDomain", RegistrationDomain.class)
        .setParameter("domain", normalised)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private List<RegistrationDomain> domainsOf(long organisationId) {
    return em.createNamedQuery("RegistrationDomain.findByOrganisation", RegistrationDomain.class)
        .setParameter("organisationId", organisationId)
        .setMaxResults(MAX_DOMAINS)
        .getResultList();
  }

  private OrganisationSettings existingOrDefaults(long organisationId) {
    OrganisationSettings settings = em.find(OrganisationSettings.class, organisationId);
    return settings == null ? OrganisationSettings.defaults(organisationId) : settings;
  }
}
