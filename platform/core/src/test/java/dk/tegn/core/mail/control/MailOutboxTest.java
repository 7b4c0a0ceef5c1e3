package dk.tegn.core.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.mail.entity.OutboxLine;
import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TwoOrganisations;
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's outbox: an organisation's admin reads only that organisation's mail, with every
 * link's secret masked (an invitation's token would let them set the person's password); the
 * national admin reads everything in full.
 */
class MailOutboxTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static EntityManagerFactory emf;

  EntityManager em;
  TwoOrganisations orgs;
  String tag;

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
    tag = UUID.randomUUID().toString().substring(0, 8);
    orgs = JpaTestSupport.inTransaction(emf, em -> TwoOrganisations.persistIn(em, NOW));
    JpaTestSupport.run(
        emf,
        em -> {
          em.persist(
              new OutboxMessage(
                  "a-" + tag + "@x.dk",
                  "Invitation " + tag,
                  "Choose a password: https://tegn.example/register/confirm.xhtml?token=SECRET"
                      + tag
                      + " within 14 days",
                  orgs.a().getId(),
                  NOW));
          em.persist(
              new OutboxMessage(
                  "b-" + tag + "@x.dk",
                  "Invitation " + tag,
                  "https://tegn.example/register/confirm.xhtml?token=OTHER" + tag,
                  orgs.b().getId(),
                  NOW));
          em.persist(new OutboxMessage("n-" + tag + "@x.dk", "Nobody's " + tag, "x", NOW));
        });
    em = emf.createEntityManager();
  }

  @AfterEach
  void closeEntityManager() {
    em.close();
  }

  private MailOutbox outboxFor(CurrentCaller caller) {
    MailOutbox outbox = new MailOutbox();
    outbox.em = em;
    outbox.clock = new PlatformClock();
    outbox.caller = caller;
    return outbox;
  }

  private List<OutboxLine> mine(MailOutbox outbox) {
    return outbox.recentForAdmin(0, 1000).stream()
        .filter(m -> m.getSubject().endsWith(tag))
        .toList();
  }

  @Test
  void adminOfAnOrganisationSeesOnlyItsMailWithTheLinksSecretMasked() {
    MailOutbox outbox =
        outboxFor(TestCaller.of(orgs.adminOfA().getId(), orgs.a().getId(), Role.ADMIN));
    List<OutboxLine> seen = mine(outbox);
    assertEquals(
        List.of("a-" + tag + "@x.dk"), seen.stream().map(OutboxLine::getRecipient).toList());
    String body = outbox.bodyForAdmin(seen.get(0).getId());
    assertFalse(body.contains("SECRET"), body);
    assertEquals(
        "Choose a password: https://tegn.example/register/confirm.xhtml?… within 14 days", body);
    OutboxMessage theirs =
        em.createQuery("select m from OutboxMessage m where m.recipient = :r", OutboxMessage.class)
            .setParameter("r", "b-" + tag + "@x.dk")
            .getSingleResult();
    assertThrows(AccessDeniedException.class, () -> outbox.bodyForAdmin(theirs.getId()));
  }

  @Test
  void nationalAdminSeesEveryMailInFull() {
    MailOutbox outbox =
        outboxFor(TestCaller.national(orgs.adminOfA().getId(), orgs.centre().getId(), Role.ADMIN));
    List<OutboxLine> seen = mine(outbox);
    assertEquals(3, seen.size());
    assertTrue(
        seen.stream().anyMatch(m -> outbox.bodyForAdmin(m.getId()).contains("token=SECRET" + tag)));
  }

  @Test
  void onlyAnAdminReadsTheOutbox() {
    MailOutbox outbox =
        outboxFor(
            TestCaller.national(orgs.personInA().getId(), orgs.centre().getId(), Role.COORDINATOR));
    assertThrows(AccessDeniedException.class, () -> outbox.recentForAdmin(0, 10));
  }

  @Test
  void maskingKeepsAddressAndPathAndDropsEveryQueryAndFragment() {
    assertEquals(
        "see http://h:8080/a/b?… and https://x.dk/c?… or https://x.dk/plain.",
        MailOutbox.maskSecrets(
            "see http://h:8080/a/b?token=abc&x=$1 and https://x.dk/c#frag or https://x.dk/plain."));
  }
}
