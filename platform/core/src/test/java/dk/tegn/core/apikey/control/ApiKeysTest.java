package dk.tegn.core.apikey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.TestDirectories;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.apikey.control.ApiKeyAuthenticator.Refusal;
import dk.tegn.core.apikey.control.ApiKeys.NewKey;
import dk.tegn.core.apikey.entity.ApiKey;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.audit.entity.AuditEntry;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API keys against the real schema: an admin issues keys for their own organisation only, the key
 * signs in as a service account holding exactly its role, and refused keys leave an audit line.
 */
class ApiKeysTest {

  static EntityManagerFactory emf;
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final LocalDate NEXT_YEAR = LocalDate.of(2027, 11, 23);

  EntityManager em;
  TwoOrganisations orgs;
  Instant now = NOW;

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

  private PlatformClock clock() {
    return new PlatformClock(Clock.fixed(now, ZoneOffset.UTC));
  }

  private ApiKeys keysFor(TestCaller caller) {
    ApiKeys keys = new ApiKeys();
    keys.em = em;
    keys.caller = caller;
    keys.clock = clock();
    keys.directory = TestDirectories.of(em, keys.clock);
    keys.audit = new AuditLog(em, keys.clock);
    return keys;
  }

  private ApiKeyAuthenticator authenticator() {
    ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator();
    authenticator.em = em;
    authenticator.clock = clock();
    authenticator.audit = new AuditLog(em, authenticator.clock);
    return authenticator;
  }

  private ApiKeys adminOfA() {
    return keysFor(TestCaller.of(orgs.adminOfA().getId(), orgs.a().getId(), Role.ADMIN));
  }

  private List<AuditEntry> audit(String action) {
    return em.createNamedQuery("AuditEntry.findByAction", AuditEntry.class)
        .setParameter("action", action)
        .setMaxResults(50)
        .getResultList();
  }

  @Test
  void issuedKeySignsInAsItsServiceAccountHoldingExactlyTheKeysRoleInItsOrganisation() {
    ApiKeys.Issued issued =
        adminOfA()
            .issue(new NewKey("Nightly export", orgs.a().getId(), Role.COORDINATOR, NEXT_YEAR));
    assertTrue(issued.key().startsWith("tegn_" + issued.record().publicId() + "_"));
    assertNotEquals(
        issued.key(),
        em.find(ApiKey.class, issued.record().id()).getSecretHash(),
        "only the hash is stored");

    ApiKeyAuthenticator.Result result = authenticator().authenticate(issued.key());
    assertTrue(result.valid());
    assertEquals(java.util.Set.of("COORDINATOR"), result.roles());
    Account service =
        em.find(Account.class, em.find(ApiKey.class, issued.record().id()).getAccountId());
    assertEquals(result.username(), service.getUsername());
    assertEquals(orgs.a().getId(), service.getOrganisation().getId());
    assertEquals(1, service.getGrants().size());
    assertTrue(service.holds(Role.COORDINATOR, orgs.a()));
  }

  @Test
  void adminCannotIssueAKeyForAnotherOrganisation() {
    assertThrows(
        AccessDeniedException.class,
        () -> adminOfA().issue(new NewKey("x", orgs.b().getId(), Role.TRAINER, NEXT_YEAR)));
    ApiKeys trainer =
        keysFor(TestCaller.of(orgs.personInA().getId(), orgs.a().getId(), Role.TRAINER));
    assertThrows(
        AccessDeniedException.class,
        () -> trainer.issue(new NewKey("x", orgs.a().getId(), Role.TRAINER, NEXT_YEAR)));
    assertThrows(AccessDeniedException.class, () -> adminOfA().list(orgs.b().getId(), 0, 10));
  }

  @Test
  void expiryMustBeInTheFutureAndWithinTwoYears() {
    assertThrows(
        RuleViolationException.class,
        () ->
            adminOfA()
                .issue(
                    new NewKey("x", orgs.a().getId(), Role.TRAINER, LocalDate.of(2026, 11, 23))));
    assertThrows(
        RuleViolationException.class,
        () ->
            adminOfA()
                .issue(new NewKey("x", orgs.a().getId(), Role.TRAINER, LocalDate.of(2029, 1, 1))));
  }

  @Test
  void revokedKeyIsRefusedAndAudited() {
    ApiKeys.Issued issued =
        adminOfA().issue(new NewKey("CI", orgs.a().getId(), Role.TRAINER, NEXT_YEAR));
    adminOfA().revoke(issued.record().id());
    ApiKeyAuthenticator.Result result = authenticator().authenticate(issued.key());
    assertEquals(Refusal.REVOKED, result.refusal());
    assertFalse(
        em.find(Account.class, em.find(ApiKey.class, issued.record().id()).getAccountId())
            .isEnabled());
    AuditEntry line = audit("apikey.use").get(0);
    assertEquals(Outcome.REFUSED, line.getOutcome());
    assertEquals(issued.record().publicId(), line.getTargetId());
    assertEquals("revoked", line.getDetail());
  }

  @Test
  void expiredKeyIsRefusedAndAudited() {
    ApiKeys.Issued issued =
        adminOfA()
            .issue(new NewKey("CI", orgs.a().getId(), Role.TRAINER, LocalDate.of(2026, 12, 1)));
    now = Instant.parse("2026-12-01T00:00:00Z");
    assertEquals(Refusal.EXPIRED, authenticator().authenticate(issued.key()).refusal());
    assertEquals("expired", audit("apikey.use").get(0).getDetail());
  }

  @Test
  void malformedOrForgedKeysAreRefusedWithoutAnException() {
    ApiKeys.Issued issued =
        adminOfA().issue(new NewKey("CI", orgs.a().getId(), Role.TRAINER, NEXT_YEAR));
    String key = issued.key();
    String forged = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
    assertEquals(Refusal.UNKNOWN, authenticator().authenticate(forged).refusal());
    for (String bad :
        new String[] {"", "tegn_", "x".repeat(10_000), "tegn_zzzz_…", "Bearer", "tegn_\u0000"}) {
      assertEquals(Refusal.MALFORMED, authenticator().authenticate(bad).refusal(), bad);
    }
    assertEquals(Refusal.MALFORMED, authenticator().authenticate(null).refusal());
    long malformed =
        audit("apikey.use").stream().filter(a -> "malformed".equals(a.getDetail())).count();
    assertEquals(7, malformed, "one audit line per refusal");
  }

  @Test
  void keyCannotIssueKeys() {
    ApiKeys.Issued issued =
        adminOfA().issue(new NewKey("Admin script", orgs.a().getId(), Role.ADMIN, NEXT_YEAR));
    ApiKeys asKey =
        keysFor(
            TestCaller.of(
                em.find(ApiKey.class, issued.record().id()).getAccountId(),
                orgs.a().getId(),
                Role.ADMIN));
    assertThrows(
        AccessDeniedException.class,
        () -> asKey.issue(new NewKey("more", orgs.a().getId(), Role.ADMIN, NEXT_YEAR)));
  }

  @Test
  void listShowsTheOrganisationsKeysNewestFirst() {
    ApiKeyView first =
        adminOfA().issue(new NewKey("one", orgs.a().getId(), Role.TRAINER, NEXT_YEAR)).record();
    ApiKeyView second =
        adminOfA().issue(new NewKey("two", orgs.a().getId(), Role.TRAINER, NEXT_YEAR)).record();
    List<ApiKeyView> listed = adminOfA().list(orgs.a().getId(), 0, 10);
    assertEquals(List.of(second.id(), first.id()), listed.stream().map(ApiKeyView::id).toList());
    assertEquals("ACTIVE", listed.get(0).status());
  }
}
