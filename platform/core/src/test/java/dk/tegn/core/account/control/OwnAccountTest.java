package dk.tegn.core.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TwoOrganisations;
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One's own profile against the real schema: a new e-mail address needs the password. */
class OwnAccountTest {

  static EntityManagerFactory emf;
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  EntityManager em;
  OwnAccount own;
  Account person;

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
    TwoOrganisations orgs = TwoOrganisations.persistIn(em, NOW);
    person = orgs.personInA();
    own = new OwnAccount();
    own.clock = new PlatformClock(Clock.fixed(NOW, ZoneOffset.UTC));
    own.caller = TestCaller.of(person.getId(), orgs.a().getId(), Role.TRAINEE);
    own.directory = TestDirectories.of(em, own.clock);
    own.hasher = new PasswordHasher();
    own.audit = new AuditLog(em, own.clock);
    person.changePasswordHash(own.hasher.hash("the current passphrase"), NOW);
  }

  @AfterEach
  void rollback() {
    em.getTransaction().rollback();
    em.close();
  }

  @Test
  void nameAndLanguageChangeFreelyAndANewAddressOnlyWithThePassword() {
    own.updateProfile(" Ny Navn ", null, "en", null);
    assertEquals("Ny Navn", person.getDisplayName());
    assertEquals("en", person.getLocale());
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> own.updateProfile("Ny Navn", "new@x.dk", "en", "wrong"));
    assertEquals("account_profile.passwordForEmail", refused.messageKey());
    own.updateProfile("Ny Navn", "new@x.dk", "da", "the current passphrase");
    assertEquals("new@x.dk", person.getEmail());
    assertEquals("da", person.getLocale());
    own.updateProfile("Ny Navn", " new@x.dk ", "xx", null);
    assertEquals("da", person.getLocale(), "an unsupported language changes nothing");
  }

  @Test
  void aTimeZoneOfOnesOwnIsARegionJavaKnowsAndBlankMeansTheOrganisations() {
    own.chooseTimeZone("America/New_York");
    assertEquals("America/New_York", person.getTimeZone());
    RuleViolationException unknown =
        assertThrows(RuleViolationException.class, () -> own.chooseTimeZone("Mars/Olympus"));
    assertEquals("account_profile.timeZoneUnknown", unknown.messageKey());
    assertEquals("America/New_York", person.getTimeZone());
    own.chooseTimeZone(" ");
    assertEquals(null, person.getTimeZone());
  }
}
