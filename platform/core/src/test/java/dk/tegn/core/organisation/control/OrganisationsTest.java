package dk.tegn.core.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TwoOrganisations;
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisations page's service on the real schema (issue 17, defect 16): an admin of one
 * organisation sees and changes only that one; only a national admin adds one, its code unique;
 * each change leaves an audit line.
 */
class OrganisationsTest {

  static EntityManagerFactory emf;
  static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  EntityManager em;
  TwoOrganisations orgs;

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
    orgs = TwoOrganisations.persistIn(em, NOW);
  }

  @AfterEach
  void rollback() {
    em.getTransaction().rollback();
    em.close();
  }

  Organisations as(TestCaller caller) {
    Organisations o = new Organisations();
    o.em = em;
    o.caller = caller;
    o.clock = new PlatformClock(Clock.fixed(NOW, ZoneOffset.UTC));
    o.audit = new AuditLog(em, o.clock);
    return o;
  }

  @Test
  void anAdminOfOneOrganisationSeesAndChangesOnlyThatOneAndAddsNone() {
    Organisations admin = as(TestCaller.of(orgs.adminOfA().getId(), orgs.a().getId(), Role.ADMIN));
    var lines = admin.mine();
    assertEquals(1, lines.size());
    assertEquals(orgs.a().getId(), lines.get(0).organisation().getId());
    assertEquals(2, lines.get(0).accounts(), "the admin and the person of A");
    Organisation renamed = admin.update(orgs.a().getId(), " Politiskolen ", "en");
    assertEquals("Politiskolen", renamed.getName());
    assertEquals("en", renamed.getDefaultLocale());
    assertThrows(
        AccessDeniedException.class, () -> admin.update(orgs.b().getId(), "Not mine", "da"));
    assertThrows(AccessDeniedException.class, () -> admin.create("ny", "Ny", "da", false));
    assertThrows(RuleViolationException.class, () -> admin.update(orgs.a().getId(), "A", "fr"));
    assertEquals(
        2L,
        em.createQuery(
                "select count(e) from AuditEntry e where e.action like 'organisation.%'"
                    + " and e.actorAccountId = :actor",
                Long.class)
            .setParameter("actor", orgs.adminOfA().getId())
            .getSingleResult(),
        "the change and the refused creation are audited");
  }

  @Test
  void aNationalAdminSeesEveryOrganisationAndAddsOneWithAUniqueCode() {
    Organisations national =
        as(TestCaller.national(orgs.adminOfA().getId(), orgs.centre().getId(), Role.ADMIN));
    assertTrue(national.mine().size() >= 3);
    String code = "ny-" + UUID.randomUUID().toString().substring(0, 8);
    Organisation added = national.create(code, "Ny organisation", "da", false);
    assertEquals(code, added.getCode());
    assertTrue(
        national.mine().stream().anyMatch(l -> l.organisation().getId().equals(added.getId())));
    RuleViolationException taken =
        assertThrows(
            RuleViolationException.class, () -> national.create(code, "Igen", "da", false));
    assertEquals("admin_organisations.codeTaken", taken.messageKey());
  }
}
