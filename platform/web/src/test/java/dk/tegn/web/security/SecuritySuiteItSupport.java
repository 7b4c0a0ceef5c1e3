package dk.tegn.web.security;

import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Test-only server side of {@link SecuritySuiteIT}: two organisations of its own with one account
 * per role each, a marked person and cohort in the first, and an account of the national
 * organisation holding every role (so the corpus reaches every endpoint's body parsing).
 */
@ApplicationScoped
public class SecuritySuiteItSupport {

  static final List<Role> ROLES =
      List.of(Role.TRAINEE, Role.TRAINER, Role.COORDINATOR, Role.INTAKE_OFFICER, Role.ADMIN);

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory directory;
  @Inject Cohorts cohorts;
  @Inject PlatformClock clock;

  /** Returns "organisationA organisationB markerAccountId". */
  @Transactional
  public String setUp(String p) {
    long a = directory.ensureOrganisation(p + "-a", "Suite A " + p, "da", false).getId();
    long b = directory.ensureOrganisation(p + "-b", "Suite B " + p, "da", false).getId();
    for (Role role : ROLES) {
      for (String side : List.of("a", "b")) {
        directory.create(
            p + "-" + side + "-" + role.name().toLowerCase(),
            "Suite " + side + " " + role,
            null,
            side.equals("a") ? a : b,
            "tegn-demo",
            List.of(role));
      }
    }
    long national = directory.findOrganisation("cmm").orElseThrow().getId();
    Account all =
        directory.create(p + "-all", "Suite all roles", null, national, "tegn-demo", ROLES);
    for (Role role : ROLES) {
      directory.grant(all.getId(), national, role);
    }
    Account marker =
        directory.create(
            p + "-marker",
            "Markus Leakwatch " + p,
            p + "-marker@suite.tegn.dk",
            a,
            "tegn-demo",
            List.of(Role.TRAINEE));
    Cohort cohort = new Cohort(a, "Leakwatch cohort " + p, null, clock.now());
    em.persist(cohort);
    em.flush();
    cohorts.join(cohort, marker.getId());
    return a + " " + b + " " + marker.getId();
  }
}
