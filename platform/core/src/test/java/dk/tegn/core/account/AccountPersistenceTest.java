package dk.tegn.core.account;

import static dk.tegn.core.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.testing.JpaTestSupport;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
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
  void fifthWrongPasswordLocksAndCorrectPasswordResets() {
    Organisation org = new Organisation("x", "X", "da", false, NOW);
    Account a = new Account("x", "X", null, org, "hash", NOW);
    for (int i = 1; i <= 4; i++) {
      assertFalse(a.recordFailedLogin(NOW, 5, Duration.ofMinutes(15)), "failure " + i);
    }
    assertTrue(a.recordFailedLogin(NOW, 5, Duration.ofMinutes(15)));
    assertTrue(a.isLocked(NOW.plusSeconds(60)));
    assertFalse(a.isLocked(NOW.plus(Duration.ofMinutes(15))), "lifted after the delay");
    a.unlock();
    assertNull(a.getLockedUntil());
    a.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
    a.recordSuccessfulLogin();
    assertEquals(0, a.getFailedLogins());
  }
}
