package dk.tegn.coordination.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.coordination.registration.control.ConfirmationOutcome;
import dk.tegn.coordination.registration.control.RegistrationOutcome;
import dk.tegn.coordination.registration.control.RegistrationSettings;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.coordination.registration.entity.RegistrationDomain;
import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.Grant;
import dk.tegn.core.testing.TestCaller;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RegistrationSettingsTest {

  private final CoordinationKit kit = new CoordinationKit();

  private void as(TestCaller caller, Consumer<RegistrationSettings> work) {
    kit.as(
        caller,
        w -> {
          work.accept(w.get(RegistrationSettings.class));
          return null;
        });
  }

  private List<String> domains(Org org) {
    return kit.as(
        org.coordinator(),
        w ->
            w.get(RegistrationSettings.class).domains(org.id()).stream()
                .map(RegistrationDomain::getDomain)
                .toList());
  }

  private String ruleOf(TestCaller caller, Consumer<RegistrationSettings> work) {
    return assertThrows(RuleViolationException.class, () -> as(caller, work)).messageKey();
  }

  @Test
  void aCoordinatorAddsADomainWhichIsKeptInLowerCaseWithoutSpaces() {
    Org org = kit.organisation(0);
    as(org.coordinator(), s -> s.addDomain(org.id(), "  Ambassade-" + org.suffix() + ".DK "));
    assertEquals(List.of("ambassade-" + org.suffix() + ".dk"), domains(org));
  }

  @Test
  void somethingThatIsNotADomainOrIsListedAlreadyIsRefusedWithAReason() {
    Org org = kit.organisation(0);
    as(org.coordinator(), s -> s.addDomain(org.id(), "x-" + org.suffix() + ".dk"));
    assertEquals(
        "coordination_settings.domainInvalid",
        ruleOf(org.coordinator(), s -> s.addDomain(org.id(), "eva@x.dk")));
    assertEquals(
        "coordination_settings.domainInvalid",
        ruleOf(org.coordinator(), s -> s.addDomain(org.id(), "localhost")));
    assertEquals(
        "coordination_settings.domainKnown",
        ruleOf(org.coordinator(), s -> s.addDomain(org.id(), "X-" + org.suffix() + ".dk")));
  }

  @Test
  void aDomainAnotherOrganisationAcceptsIsTakenAndStaysWithIt() {
    Org first = kit.organisation(0);
    Org second = kit.organisation(0);
    String domain = "delt-" + first.suffix() + ".dk";
    as(first.coordinator(), s -> s.addDomain(first.id(), domain));
    assertEquals(
        "coordination_settings.domainTaken",
        ruleOf(second.coordinator(), s -> s.addDomain(second.id(), domain.toUpperCase())));
    assertEquals(List.of(domain), domains(first));
    assertEquals(List.of(), domains(second));
  }

  @Test
  void aCoordinatorOrAdminOfAnotherOrganisationCanNeitherReadNorChangeTheSettingsButItsAdminCan() {
    Org org = kit.organisation(1);
    Org other = kit.organisation(0);
    assertThrows(
        AccessDeniedException.class, () -> as(other.coordinator(), s -> s.domains(org.id())));
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.coordinator(), s -> s.addDomain(org.id(), "y-" + org.suffix() + ".dk")));
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.coordinator(), s -> s.configure(org.id(), true, false, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(org.trainee(0), s -> s.configure(org.id(), true, false, null)));
    // an admin of another organisation is refused too; an admin of the organisation may
    TestCaller otherAdmin =
        TestCaller.granted(other.coordinatorId(), other.id(), new Grant(Role.ADMIN, other.id()));
    assertThrows(
        AccessDeniedException.class,
        () -> as(otherAdmin, s -> s.addDomain(org.id(), "w-" + org.suffix() + ".dk")));
    TestCaller admin =
        TestCaller.granted(other.coordinatorId(), other.id(), new Grant(Role.ADMIN, org.id()));
    as(admin, s -> s.addDomain(org.id(), "z-" + org.suffix() + ".dk"));
    TestCaller national = TestCaller.national(other.coordinatorId(), other.id(), Role.COORDINATOR);
    as(national, s -> s.configure(org.id(), true, true, null));
    assertEquals(List.of("z-" + org.suffix() + ".dk"), domains(org));
  }

  @Test
  void theCohortNewcomersJoinMustBeOneOfTheOrganisations() {
    Org org = kit.organisation(0);
    Org other = kit.organisation(0);
    Cohort foreign =
        kit.as(other.coordinator(), w -> w.get(Cohorts.class).create(other.id(), "Fremmed"));
    assertEquals(
        "coordination_settings.cohortUnknown",
        ruleOf(org.coordinator(), s -> s.configure(org.id(), true, false, foreign.getId())));
    Cohort own = kit.as(org.coordinator(), w -> w.get(Cohorts.class).create(org.id(), "Egne"));
    as(org.coordinator(), s -> s.configure(org.id(), true, true, own.getId()));
    OrganisationSettings saved =
        kit.as(org.coordinator(), w -> w.get(RegistrationSettings.class).of(org.id()));
    assertTrue(saved.isSelfRegistration() && saved.isApprovalRequired());
    assertEquals(own.getId(), saved.getRegistrationCohortId());
  }

  @Test
  void aRemovedDomainNoLongerRegisters() {
    Org org = kit.organisation(0);
    String domain = "fjern-" + org.suffix() + ".dk";
    as(org.coordinator(), s -> s.addDomain(org.id(), domain));
    as(org.coordinator(), s -> s.configure(org.id(), true, false, null));
    assertEquals(RegistrationOutcome.LINK_SENT, register("a@" + domain, "10.9.0.1"));
    long id =
        kit.as(org.coordinator(), w -> w.get(RegistrationSettings.class).domains(org.id()))
            .get(0)
            .getId();
    as(org.coordinator(), s -> s.removeDomain(org.id(), id));
    assertEquals(RegistrationOutcome.DOMAIN_REFUSED, register("b@" + domain, "10.9.0.2"));
  }

  @Test
  void theRegistrantIsToldByMailWhetherACoordinatorApprovedOrRejected() {
    Org org = kit.organisation(0);
    String domain = "svar-" + org.suffix() + ".dk";
    as(org.coordinator(), s -> s.addDomain(org.id(), domain));
    as(org.coordinator(), s -> s.configure(org.id(), true, true, null));
    String yes = "ja@" + domain;
    String no = "nej@" + domain;
    for (String email : List.of(yes, no)) {
      register(email, "10.8." + email.length() + ".1");
      assertEquals(
          ConfirmationOutcome.AWAITING_APPROVAL,
          kit.as(null, w -> w.get(Registrations.class).confirm(kit.linkToken(email))));
    }
    var pending =
        kit.as(org.coordinator(), w -> w.get(Registrations.class).awaitingApproval(0, 10));
    kit.as(
        org.coordinator(),
        w -> {
          Registrations registrations = w.get(Registrations.class);
          pending.stream()
              .filter(r -> r.getEmail().equals(yes))
              .forEach(r -> registrations.approve(r.getId()));
          pending.stream()
              .filter(r -> r.getEmail().equals(no))
              .forEach(r -> registrations.reject(r.getId()));
          return null;
        });
    assertEquals("Your Tegn account is ready", kit.mailsTo(yes).get(0).getSubject());
    assertTrue(kit.mailsTo(yes).get(0).getBody().contains("login.xhtml"));
    assertEquals("Your registration with Tegn", kit.mailsTo(no).get(0).getSubject());
    assertEquals(
        "coordination_cohorts.alreadyDecided",
        assertThrows(
                RuleViolationException.class,
                () ->
                    kit.as(
                        org.coordinator(),
                        w -> {
                          w.get(Registrations.class).reject(pending.get(0).getId());
                          return null;
                        }))
            .messageKey());
  }

  private RegistrationOutcome register(String email, String client) {
    return kit.as(
        null,
        w ->
            w.get(Registrations.class)
                .register(email, "Eva Ambassade", "lange-ord-i-rækkefølge", "en", null, client));
  }
}
