package dk.tegn.core.account;

import static dk.tegn.core.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.testing.JpaTestSupport;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts, their grants and sign-in lockout through JPA on the schema core's migrations make. */
class AccountPersistenceTest {

  static EntityManagerFactory emf;
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-core-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void accountWithGrantsInTwoOrganisationsRoundTripsThroughMigratedSchema() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long accountId =
        inTransaction(
            emf,
            em -> {
              Organisation centre = new Organisation("c-" + suffix, "Centre", "da", true, NOW);
              Organisation school = new Organisation("s-" + suffix, "Skole æøå", "da", false, NOW);
              em.persist(centre);
              em.persist(school);
              Account a = new Account("u-" + suffix, "Ærø Ørsted", null, school, "hash", NOW);
              a.grant(Role.TRAINEE, school, NOW);
              a.grant(Role.INTAKE_OFFICER, centre, NOW);
              a.grant(Role.TRAINEE, school, NOW);
              em.persist(a);
              em.flush();
              return a.getId();
            });
    Account read = inTransaction(emf, em -> em.find(Account.class, accountId));
    assertEquals(2, read.getGrants().size(), "granting a held role twice changes nothing");
    assertEquals("Ærø Ørsted", read.getDisplayName(), "utf8mb4 round trip");
    assertEquals("Skole æøå", read.getOrganisation().getName());
    assertEquals(NOW, read.getCreatedAt(), "instants stored as UTC without shift");
  }

  @Test
  void wrongPasswordsAreCountedWithoutLockingAndTheRightOneResets() {
    Organisation org = new Organisation("x", "X", "da", false, NOW);
    Account a = new Account("x", "X", null, org, "hash", NOW);
    for (int i = 1; i <= 6; i++) {
      a.recordFailedLogin();
    }
    assertEquals(6, a.getFailedLogins());
    assertFalse(a.isLocked(NOW), "a lock-out let anyone lock anyone out: none any more");
    a.recordSuccessfulLogin();
    assertEquals(0, a.getFailedLogins());
    assertNull(a.getLockedUntil());
  }

  @Test
  void erasureLeavesTheRowWithNothingThatSaysWhoAndCannotBeUndone() {
    Organisation org = new Organisation("x", "X", "da", false, NOW);
    Account a = new Account("ada", "Ada Lovelace", "ada@example.org", org, "hash", NOW);
    a.chooseLocale("en");
    a.erase("erased-1", "-", "!erased", NOW);
    assertEquals("erased-1", a.getUsername());
    assertEquals("-", a.getDisplayName());
    assertNull(a.getEmail());
    assertNull(a.getLocale());
    assertFalse(a.isEnabled());
    assertTrue(a.isErased());
    a.erase("erased-2", "?", "x", NOW.plusSeconds(1));
    assertEquals("erased-1", a.getUsername(), "a second erasure changes nothing");
    assertThrows(dk.tegn.core.problem.RuleViolationException.class, a::enable);
  }
}
