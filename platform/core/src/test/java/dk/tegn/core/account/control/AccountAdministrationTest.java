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
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.UUID;
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
    String s = UUID.randomUUID().toString().substring(0, 8);
    orgA = persist(new Organisation("a-" + s, "A", "da", false, NOW));
    orgB = persist(new Organisation("b-" + s, "B", "da", false, NOW));
    centre = persist(new Organisation("n-" + s, "Centre", "da", true, NOW));
    adminOfA = persist(new Account("admin-a-" + s, "Admin A", null, orgA, "h", NOW));
    personInA = persist(new Account("person-a-" + s, "Person A", null, orgA, "h", NOW));
    personInB = persist(new Account("person-b-" + s, "Person B", null, orgB, "h", NOW));
    em.flush();
  }

  @AfterEach
  void rollback() {
    em.getTransaction().rollback();
    em.close();
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  private AccountAdministration administrationFor(TestCaller caller) {
    PlatformClock clock = new PlatformClock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    AccountAdministration administration = new AccountAdministration();
    AccountDirectory directory = new AccountDirectory();
    AuditLog audit = new AuditLog(em, clock);
    directory.em = em;
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
  void traineeIsNoAdministrator() {
    AccountAdministration trainee =
        administrationFor(TestCaller.of(personInA.getId(), orgA.getId(), Role.TRAINEE));
    assertThrows(AccessDeniedException.class, () -> trainee.count("", null));
  }
}
