package dk.tegn.web.sso;

import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.enrolment.entity.Assignment;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.account.entity.RoleGrant;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.web.coordination.CoordinationItSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test-only server side of {@link SingleSignOnIT}, added to the deployed WAR: an organisation of
 * its own with a cohort that has a course assigned, and what single sign-on did to an account.
 */
@ApplicationScoped
@Transactional
public class SsoItSupport {

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory accounts;
  @Inject CoordinationItSupport coordination;
  @Inject PlatformClock clock;

  /** Answers "organisationId cohortId". */
  public String organisation(String code, String cohortName, String courseTitle) {
    Organisation organisation =
        new Organisation(code, "Politiskolen " + code, "da", false, clock.now());
    em.persist(organisation);
    em.flush();
    Cohort cohort = new Cohort(organisation.getId(), cohortName, null, clock.now());
    em.persist(cohort);
    em.flush();
    long course = coordination.publishCourse(courseTitle, false);
    LocalDate due = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).plusDays(30);
    em.persist(
        Assignment.toCohort(organisation.getId(), course, cohort.getId(), due, null, clock.now()));
    return organisation.getId() + " " + cohort.getId();
  }

  /** What the account is: "organisation=.. cohorts=.. roles=.. name=..", or "none". */
  public String account(String username) {
    Account account = accounts.findByUsername(username).orElse(null);
    if (account == null) {
      return "none";
    }
    List<Long> cohorts =
        em.createQuery(
                "select m.cohortId from CohortMember m where m.accountId = :id order by m.cohortId",
                Long.class)
            .setParameter("id", account.getId())
            .getResultList();
    return "organisation="
        + account.getOrganisation().getCode()
        + " cohorts="
        + cohorts
        + " roles="
        + account.getGrants().stream()
            .map(RoleGrant::getRole)
            .map(Enum::name)
            .sorted()
            .collect(Collectors.joining(","))
        + " name="
        + account.getDisplayName();
  }

  /** Refused single sign-ons so far, and the newest one's detail. */
  public String refusals() {
    List<AuditEntry> refused =
        em.createQuery(
                "select a from AuditEntry a where a.action = 'sso.signin' and a.outcome = :o"
                    + " order by a.id desc",
                AuditEntry.class)
            .setParameter("o", Outcome.REFUSED)
            .getResultList();
    return refused.size() + " " + (refused.isEmpty() ? "" : refused.get(0).getDetail());
  }
}
