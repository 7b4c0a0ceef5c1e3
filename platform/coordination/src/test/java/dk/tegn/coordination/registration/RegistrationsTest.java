package dk.tegn.coordination.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.CoordinationKit;
import dk.tegn.coordination.coordinator.CoordinationKit.Org;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.registration.control.ConfirmationOutcome;
import dk.tegn.coordination.registration.control.RegistrationOutcome;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.enrolment.control.Enrolments;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationsTest {

  private static final String PASSWORD = "lange-ord-i-rækkefølge";

  private final CoordinationKit kit = new CoordinationKit();

  private RegistrationOutcome register(String email, String client) {
    return kit.as(
        null,
        w ->
            w.get(Registrations.class)
                .register(email, "Eva Ambassade", PASSWORD, "en", null, client));
  }

  private Org openOrganisation(boolean approval) {
    Org org = kit.organisation(0);
    kit.as(
        null,
        w -> {
          w.get(Registrations.class)
              .allowDomain(org.id(), "um-" + org.suffix() + ".dk", approval, null);
          return null;
        });
    return org;
  }

  @Test
  void anAddressOfAnAllowedDomainRegistersConfirmsAndLandsAsATraineeInTheCohortsCourses() {
    Org org = kit.organisation(0);
    long course = kit.course(org.id(), false, null);
    kit.as(
        org.coordinator(),
        w -> {
          var cohort = w.get(Cohorts.class).create(org.id(), "Selvregistrerede");
          w.get(Assignments.class).assignToCohort(cohort.getId(), course, null);
          w.get(Registrations.class)
              .allowDomain(org.id(), "um-" + org.suffix() + ".dk", false, cohort.getId());
          return null;
        });
    String email = "eva@um-" + org.suffix() + ".dk";
    assertEquals(RegistrationOutcome.LINK_SENT, register(email, "10.0.0.1"));
    String token = kit.linkToken(email);
    assertEquals(
        ConfirmationOutcome.ACTIVE, kit.as(null, w -> w.get(Registrations.class).confirm(token)));
    Account account =
        kit.as(
                null,
                w ->
                    w.get(dk.tegn.core.account.control.AccountDirectory.class)
                        .findByUsername(email))
            .orElseThrow();
    assertEquals(org.id(), account.getOrganisation().getId());
    assertNotNull(kit.as(null, w -> w.get(Enrolments.class).active(account.getId(), course)));
  }

  @Test
  void openingTheLinkChangesNothingUntilThePersonPressesConfirm() {
    Org org = openOrganisation(false);
    String email = "scanner@um-" + org.suffix() + ".dk";
    assertEquals(RegistrationOutcome.LINK_SENT, register(email, "10.0.0.9"));
    String token = kit.linkToken(email);
    assertEquals(
        ConfirmationOutcome.READY, kit.as(null, w -> w.get(Registrations.class).check(token)));
    assertEquals(
        ConfirmationOutcome.READY, kit.as(null, w -> w.get(Registrations.class).check(token)));
    assertTrue(
        kit.as(
                null,
                w ->
                    w.get(dk.tegn.core.account.control.AccountDirectory.class)
                        .findByUsername(email))
            .isEmpty(),
        "no account from opening the link");
    assertEquals(
        ConfirmationOutcome.ACTIVE, kit.as(null, w -> w.get(Registrations.class).confirm(token)));
    assertEquals(
        ConfirmationOutcome.ACTIVE, kit.as(null, w -> w.get(Registrations.class).check(token)));
  }

  @Test
  void otherDomainsAreRefusedClearly() {
    openOrganisation(false);
    assertEquals(RegistrationOutcome.DOMAIN_REFUSED, register("eva@gmail.com", "10.0.0.2"));
  }

  @Test
  void anExistingAccountGetsTheSameAnswerAndAMailInsteadOfALink() {
    Org org = openOrganisation(false);
    String email = "eva@um-" + org.suffix() + ".dk";
    register(email, "10.0.0.3");
    kit.as(null, w -> w.get(Registrations.class).confirm(kit.linkToken(email)));
    assertEquals(RegistrationOutcome.LINK_SENT, register(email, "10.0.0.3"));
    assertTrue(
        kit.mailsTo(email).get(0).getBody().contains("login.xhtml"),
        kit.mailsTo(email).get(0).getBody());
  }

  @Test
  void anExpiredLinkMakesNoAccount() {
    Org org = openOrganisation(false);
    String email = "eva@um-" + org.suffix() + ".dk";
    register(email, "10.0.0.4");
    String token = kit.linkToken(email);
    kit.at(kit.now().plus(Duration.ofHours(25)));
    assertEquals(
        ConfirmationOutcome.EXPIRED, kit.as(null, w -> w.get(Registrations.class).confirm(token)));
    assertEquals(
        ConfirmationOutcome.INVALID,
        kit.as(null, w -> w.get(Registrations.class).confirm("forged")));
  }

  @Test
  void approvalWaitsForACoordinatorOfTheOrganisation() {
    Org org = openOrganisation(true);
    String email = "eva@um-" + org.suffix() + ".dk";
    register(email, "10.0.0.5");
    assertEquals(
        ConfirmationOutcome.AWAITING_APPROVAL,
        kit.as(null, w -> w.get(Registrations.class).confirm(kit.linkToken(email))));
    var pending =
        kit.as(org.coordinator(), w -> w.get(Registrations.class).awaitingApproval(0, 10));
    assertEquals(1, pending.size());
    kit.as(
        org.coordinator(),
        w -> {
          w.get(Registrations.class).approve(pending.get(0).getId());
          return null;
        });
    assertTrue(
        kit.as(
                null,
                w ->
                    w.get(dk.tegn.core.account.control.AccountDirectory.class)
                        .findByUsername(email))
            .isPresent());
  }

  /** Issue 17, defect 9: a refused password is not an attempt that counts towards the limit. */
  @Test
  void passwordsThePolicyRefusesDoNotShutTheAddressOut() {
    Org org = openOrganisation(false);
    String email = "kort@um-" + org.suffix() + ".dk";
    for (int i = 0; i < 5; i++) {
      assertThrows(
          RuleViolationException.class,
          () ->
              kit.as(
                  null,
                  w ->
                      w.get(Registrations.class)
                          .register(email, "Eva Ambassade", "kort", "en", null, "10.3.0.1")));
    }
    assertEquals(RegistrationOutcome.LINK_SENT, register(email, "10.3.0.1"));
  }

  /** Issue 17, defect 9: a second registration leaves the first link working. */
  @Test
  void registeringAgainKeepsTheFirstLinkAndTheOtherOneThenSaysTheAccountIsThere() {
    Org org = openOrganisation(false);
    String email = "to-gange@um-" + org.suffix() + ".dk";
    assertEquals(RegistrationOutcome.LINK_SENT, register(email, "10.4.0.1"));
    assertEquals(RegistrationOutcome.LINK_SENT, register(email, "10.4.0.1"));
    List<String> newestFirst = kit.linkTokens(email);
    assertEquals(2, newestFirst.size());
    String first = newestFirst.get(1);
    String second = newestFirst.get(0);
    assertEquals(
        ConfirmationOutcome.ACTIVE,
        kit.as(null, w -> w.get(Registrations.class).confirm(first)),
        "the first link still works");
    assertEquals(
        ConfirmationOutcome.ACTIVE,
        kit.as(null, w -> w.get(Registrations.class).check(second)),
        "the second link says the account is there");
    assertEquals(
        ConfirmationOutcome.ACTIVE, kit.as(null, w -> w.get(Registrations.class).confirm(second)));
  }

  @Test
  void registrationIsLimitedPerAddressAndPerClient() {
    Org org = openOrganisation(false);
    String email = "eva@um-" + org.suffix() + ".dk";
    for (int i = 0; i < 3; i++) {
      assertEquals(
          RegistrationOutcome.LINK_SENT,
          register(email, "10.1." + org.suffix().hashCode() + "." + i));
    }
    assertEquals(RegistrationOutcome.RATE_LIMITED, register(email, "10.2.0.1"));
    String client = "client-" + org.suffix();
    RegistrationOutcome last = null;
    for (int i = 0; i < 21; i++) {
      last = register("p" + i + "@um-" + org.suffix() + ".dk", client);
    }
    assertEquals(RegistrationOutcome.RATE_LIMITED, last);
  }
}
