package dk.tegn.core.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditTrail.Filter;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.audit.entity.AuditLine;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TwoOrganisations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrator's audit viewer: scoped by organisation, filtered, newest first. */
class AuditTrailTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static EntityManagerFactory emf;

  EntityManager em;
  String action;
  long orgA;
  long centre;
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
    action = "test.viewer-" + UUID.randomUUID().toString().substring(0, 8);
    JpaTestSupport.run(
        emf,
        em -> {
          TwoOrganisations fixture = TwoOrganisations.persistIn(em, NOW);
          adminOfA = fixture.adminOfA();
          personInA = fixture.personInA();
          personInB = fixture.personInB();
          orgA = fixture.a().getId();
          centre = fixture.centre().getId();
          entry(em, NOW, personInA.getId(), action, Outcome.REFUSED);
          entry(em, NOW.plus(Duration.ofHours(1)), personInB.getId(), action, Outcome.ALLOWED);
          entry(em, NOW.plus(Duration.ofHours(2)), null, action, Outcome.REFUSED);
        });
    em = emf.createEntityManager();
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  private static void entry(EntityManager em, Instant at, Long actor, String action, Outcome o) {
    em.persist(new AuditEntry(at, actor, action, "account", "42", o, null));
    // one insert at a time, as the log writes them: ids follow the order of events
    em.flush();
  }

  private AuditTrail trailFor(CurrentCaller caller) {
    return new AuditTrail(em, caller);
  }

  private static Filter action(String action) {
    return new Filter(null, action, null, null, null, null);
  }

  @Test
  void organisationAdminReadsOnlyEntriesOfActorsInTheirOrganisation() {
    AuditTrail trail = trailFor(TestCaller.of(adminOfA.getId(), orgA, Role.ADMIN));
    List<AuditLine> lines = trail.search(action(action), 0, 50);
    assertEquals(
        List.of(personInA.getUsername()), lines.stream().map(AuditLine::getActor).toList());
    assertEquals(1, trail.count(action(action)));
    // asking for another organisation's actor by name does not widen the scope
    Filter theirs = new Filter(personInB.getUsername(), action, null, null, null, null);
    assertEquals(List.of(), trail.search(theirs, 0, 50));
    assertEquals(0, trail.count(theirs));
  }

  @Test
  void nationalAdminReadsEveryEntryNewestFirstAlsoThoseWithoutActor() {
    AuditTrail trail = trailFor(TestCaller.national(adminOfA.getId(), centre, Role.ADMIN));
    List<AuditLine> lines = trail.search(action(action), 0, 50);
    assertEquals(3, lines.size());
    assertNull(lines.get(0).getActor(), "a refusal nobody signed in for");
    assertEquals(personInB.getUsername(), lines.get(1).getActor());
    assertEquals(personInA.getUsername(), lines.get(2).getActor());
    assertEquals(NOW, lines.get(2).getAt());
    assertEquals(3, trail.count(action(action)));
    assertEquals(2, trail.search(action(action), 1, 50).size(), "pages from the offset");
    assertTrue(trail.actions().contains(action));
    assertTrue(trail.targetTypes().contains("account"));
  }

  @Test
  void filtersByActorOutcomeTargetTypeAndTimeRangeTogether() {
    AuditTrail trail = trailFor(TestCaller.national(adminOfA.getId(), centre, Role.ADMIN));
    String a = personInA.getUsername();
    assertEquals(
        1, trail.count(new Filter(a, action, "account", Outcome.REFUSED, NOW, NOW.plusSeconds(1))));
    assertEquals(0, trail.count(new Filter(a, action, null, Outcome.ALLOWED, null, null)));
    assertEquals(0, trail.count(new Filter(a, action, "course", null, null, null)));
    assertEquals(0, trail.count(new Filter(a, action, null, null, NOW.plusSeconds(1), null)));
    assertEquals(0, trail.count(new Filter(a, action, null, null, null, NOW)), "until excludes");
    List<AuditLine> middle =
        trail.search(
            new Filter(null, action, null, null, NOW.plusSeconds(60), NOW.plusSeconds(7200)),
            0,
            50);
    assertEquals(
        List.of(personInB.getUsername()), middle.stream().map(AuditLine::getActor).toList());
    assertEquals(0, trail.count(new Filter("nobody-" + action, null, null, null, null, null)));
    assertEquals(
        List.of(),
        trail.search(new Filter("nobody-" + action, null, null, null, null, null), 0, 50));
  }

  @Test
  void onlyAnAdministratorReadsTheAuditLog() {
    AuditTrail trail = trailFor(TestCaller.national(personInA.getId(), centre, Role.COORDINATOR));
    assertThrows(AccessDeniedException.class, () -> trail.search(action(action), 0, 50));
    assertThrows(AccessDeniedException.class, () -> trail.count(action(action)));
    assertThrows(AccessDeniedException.class, trail::actions);
  }
}
