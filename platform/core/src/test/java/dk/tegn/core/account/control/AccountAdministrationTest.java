package dk.tegn.core.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TwoOrganisations;
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An administrator manages accounts of their own organisation only, unless national. */
class AccountAdministrationTest {

  static EntityManagerFactory emf;
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  EntityManager em;
  Organisation orgA;
  Organisation orgB;
  Organisation centre;
  Account adminOfA;
  Account personInA;
  Account personInB;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-core-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @BeforeEach
  void arrange() {
    em = emf.createEntityManager();
    em.getTransaction().begin();
    TwoOrganisations fixture = TwoOrganisations.persistIn(em, NOW);
    orgA = fixture.a();
    orgB = fixture.b();
    centre = fixture.centre();
    adminOfA = fixture.adminOfA();
    personInA = fixture.personInA();
    personInB = fixture.personInB();
  }

  @AfterEach
  void rollback() {
    em.getTransaction().rollback();
    em.close();
  }

  private AccountAdministration administrationFor(TestCaller caller) {
    PlatformClock clock = new PlatformClock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    AccountAdministration administration = new AccountAdministration();
    AccountDirectory directory = new AccountDirectory();
    AuditLog audit = new AuditLog(em, clock);
    directory.em = em;
    directory.clock = clock;
    administration.em = em;
    administration.caller = caller;
    administration.directory = directory;
    administration.audit = audit;
    return administration;
  }

  @Test
  void adminCannotDisableAnAccountOfAnotherOrganisationByChangingTheId() {
    AccountAdministration admin =
        administrationFor(TestCaller.of(adminOfA.getId(), orgA.getId(), Role.ADMIN));
    assertThrows(AccessDeniedException.class, () -> admin.disable(personInB.getId()));
    assertTrue(em.find(Account.class, personInB.getId()).isEnabled());
    admin.disable(personInA.getId());
    assertFalse(em.find(Account.class, personInA.getId()).isEnabled());
  }

  @Test
  void adminSearchIsScopedToTheirOrganisationAndRefusesAnotherOrganisationsId() {
    AccountAdministration admin =
        administrationFor(TestCaller.of(adminOfA.getId(), orgA.getId(), Role.ADMIN));
    assertEquals(2, admin.count("", null), "only A's two accounts");
    assertThrows(AccessDeniedException.class, () -> admin.search("", orgB.getId(), 0, 10));
  }

  @Test
  void adminOfAPartnerOrganisationListsThatOrganisationNotTheOneTheirAccountBelongsTo() {
    // an account of B holding the admin role in A only
    TestCaller partnerAdmin =
        TestCaller.granted(
            personInB.getId(),
            orgB.getId(),
            new dk.tegn.core.security.Grant(Role.ADMIN, orgA.getId()));
    AccountAdministration admin = administrationFor(partnerAdmin);
    assertEquals(2, admin.count("", null), "A's two accounts, none of B's");
    assertTrue(
        admin.search("", null, 0, 10).stream()
            .allMatch(a -> a.getOrganisation().getId().equals(orgA.getId())));
  }

  @Test
  void adminCannotGrantARoleInAnotherOrganisation() {
    AccountAdministration admin =
        administrationFor(TestCaller.of(adminOfA.getId(), orgA.getId(), Role.ADMIN));
    assertThrows(
        AccessDeniedException.class,
        () -> admin.grant(personInA.getId(), orgB.getId(), Role.COORDINATOR));
  }

  @Test
  void nationalAdminManagesEveryOrganisation() {
    AccountAdministration national =
        administrationFor(TestCaller.national(adminOfA.getId(), centre.getId(), Role.ADMIN));
    national.disable(personInB.getId());
    assertFalse(em.find(Account.class, personInB.getId()).isEnabled());
    assertTrue(national.count("person-b-", orgB.getId()) == 1);
  }

  @Test
  void aBulkActionChangesEachChosenAccountAndSaysWhichItLeftAsTheyWere() {
    AccountAdministration admin =
        administrationFor(TestCaller.of(adminOfA.getId(), orgA.getId(), Role.ADMIN));
    AccountAdministration.BulkResult result =
        admin.bulk(
            java.util.List.of(personInA.getId(), adminOfA.getId()),
            AccountAdministration.BulkAction.DISABLE,
            null,
            null);
    assertEquals(1, result.changed());
    assertEquals(
        java.util.List.of(
            new AccountAdministration.Skipped(
                adminOfA.getUsername(), "admin_accounts.cannotDisableSelf")),
        result.skipped());
    assertFalse(em.find(Account.class, personInA.getId()).isEnabled());

    result =
        admin.bulk(
            java.util.List.of(personInA.getId()),
            AccountAdministration.BulkAction.GRANT,
            orgA.getId(),
            Role.COORDINATOR);
    assertEquals(1, result.changed());
    assertTrue(
        em.find(Account.class, personInA.getId()).getGrants().stream()
            .anyMatch(g -> g.getRole() == Role.COORDINATOR));
    assertEquals(
        "admin_accounts.bulk.already",
        admin
            .bulk(
                java.util.List.of(personInA.getId()),
                AccountAdministration.BulkAction.GRANT,
                orgA.getId(),
                Role.COORDINATOR)
            .skipped()
            .get(0)
            .reason());
  }

  @Test
  void aBulkActionWithOneAccountOfAnotherOrganisationChangesNothing() {
    AccountAdministration admin =
        administrationFor(TestCaller.of(adminOfA.getId(), orgA.getId(), Role.ADMIN));
    assertThrows(
        AccessDeniedException.class,
        () ->
            admin.bulk(
                java.util.List.of(personInA.getId(), personInB.getId()),
                AccountAdministration.BulkAction.DISABLE,
                null,
                null));
    assertTrue(em.find(Account.class, personInA.getId()).isEnabled(), "nothing half done");
    assertThrows(
        AccessDeniedException.class,
        () ->
            admin.bulk(
                java.util.List.of(personInA.getId()),
                AccountAdministration.BulkAction.MOVE,
                orgB.getId(),
                null),
        "nor into an organisation the admin does not administer");
  }

  @Test
  void traineeIsNoAdministrator() {
    AccountAdministration trainee =
        administrationFor(TestCaller.of(personInA.getId(), orgA.getId(), Role.TRAINEE));
    assertThrows(AccessDeniedException.class, () -> trainee.count("", null));
  }
}
