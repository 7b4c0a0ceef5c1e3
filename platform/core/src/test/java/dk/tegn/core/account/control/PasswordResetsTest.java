package dk.tegn.core.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.mail.control.TestOutboxes;
import dk.tegn.core.mail.entity.OutboxMessage;
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
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forgotten passwords against the real schema: the link by mail, once, for an hour. */
class PasswordResetsTest {

  static EntityManagerFactory emf;
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
  static final String PASSWORD = "a long new passphrase 2026";

  EntityManager em;
  TwoOrganisations orgs;
  Instant now = NOW;
  String address;

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
    address = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@x.dk";
    orgs.personInA().describe("Person A", address);
    em.flush();
  }

  @AfterEach
  void rollback() {
    em.getTransaction().rollback();
    em.close();
  }

  private PasswordResets resets() {
    PasswordResets resets = new PasswordResets();
    resets.em = em;
    resets.clock = new PlatformClock(Clock.fixed(now, ZoneOffset.UTC));
    resets.audit = new AuditLog(em, resets.clock);
    resets.hasher = new PasswordHasher();
    resets.outbox =
        TestOutboxes.of(
            em,
            resets.clock,
            TestCaller.of(orgs.personInA().getId(), orgs.a().getId(), Role.TRAINEE));
    return resets;
  }

  private List<OutboxMessage> mailTo(String recipient) {
    return em.createNamedQuery("OutboxMessage.findByRecipient", OutboxMessage.class)
        .setParameter("recipient", recipient)
        .getResultList();
  }

  private String linkToken() {
    String newest = mailTo(address).get(0).getBody();
    Matcher m = TOKEN.matcher(newest);
    assertTrue(m.find(), newest);
    return m.group(1);
  }

  @Test
  void theLinkByMailSetsANewPasswordOnce() {
    Account person = orgs.personInA();
    resets()
        .request(
            " " + address.toUpperCase() + " ",
            t -> "https://tegn.example/password/reset.xhtml?token=" + t);
    String token = linkToken();
    assertTrue(
        mailTo(address).get(0).getBody().contains(person.getUsername()), "names the account");
    assertTrue(resets().usable(token));

    assertThrows(
        RuleViolationException.class, () -> resets().reset(token, "short", "short"), "the policy");
    assertThrows(
        RuleViolationException.class, () -> resets().reset(token, PASSWORD, PASSWORD + "x"));
    assertEquals(person.getUsername(), resets().reset(token, PASSWORD, PASSWORD));
    assertTrue(new PasswordHasher().matches(PASSWORD, person.getPasswordHash()));
    RuleViolationException again =
        assertThrows(RuleViolationException.class, () -> resets().reset(token, PASSWORD, PASSWORD));
    assertEquals("password_reset.invalid", again.messageKey(), "a link works once");
  }

  @Test
  void anUnknownAddressGetsNoMailAndALinkExpiresAfterAnHour() {
    resets().request("nobody-" + address, t -> "https://tegn.example/?token=" + t);
    assertEquals(List.of(), mailTo("nobody-" + address));
    resets().request(address, t -> "https://tegn.example/?token=" + t);
    String token = linkToken();
    now = NOW.plus(PasswordResets.VALID).plusSeconds(1);
    assertFalse(resets().usable(token));
    assertThrows(RuleViolationException.class, () -> resets().reset(token, PASSWORD, PASSWORD));
    assertFalse(resets().usable("not-a-token"));
    assertFalse(resets().usable(null));
  }

  @Test
  void atMostThreeLinksAnHourReachOneMailbox() {
    for (int i = 0; i < 5; i++) {
      resets().request(address, t -> "https://tegn.example/?token=" + t);
    }
    assertEquals(PasswordResets.PER_HOUR, mailTo(address).size());
  }
}
