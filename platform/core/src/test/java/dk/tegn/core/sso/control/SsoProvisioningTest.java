package dk.tegn.core.sso.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.TestDirectories;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.sso.SsoCredential;
import dk.tegn.core.sso.SsoGroupsMapped;
import dk.tegn.core.sso.control.SsoProviders.Configured;
import dk.tegn.core.sso.control.SsoProviders.ProviderForm;
import dk.tegn.core.sso.entity.SsoProvider;
import dk.tegn.core.sso.entity.SsoProvider.Mapping;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TwoOrganisations;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Provider configuration and just-in-time provisioning against the real schema: the secret is kept
 * sealed, an admin configures only their own organisation, the first sign-in of a subject creates
 * one account, later ones update it and its mapped roles, and a provider never takes over an
 * existing account by its username.
 */
class SsoProvisioningTest {

  static EntityManagerFactory emf;
  static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  EntityManager em;
  TwoOrganisations orgs;
  PlatformClock clock = new PlatformClock(Clock.fixed(NOW, ZoneOffset.UTC));
  SsoSecrets secrets = SsoSecrets.of(SsoSecrets.newKeyset());
  List<SsoGroupsMapped> fired = new ArrayList<>();

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

  private SsoProviders providersFor(TestCaller caller) {
    SsoProviders providers = new SsoProviders();
    providers.em = em;
    providers.caller = caller;
    providers.clock = clock;
    providers.directory = TestDirectories.of(em, clock);
    providers.secrets = secrets;
    providers.audit = new AuditLog(em, clock);
    return providers;
  }

  private SsoProvisioning provisioning() {
    SsoProvisioning provisioning = new SsoProvisioning();
    provisioning.em = em;
    provisioning.clock = clock;
    provisioning.directory = TestDirectories.of(em, clock);
    provisioning.audit = new AuditLog(em, clock);
    provisioning.groupsMapped = new Recording(fired);
    return provisioning;
  }

  private ProviderForm form(long organisationId, String domain) {
    return new ProviderForm(
        organisationId,
        "https://login.politi.example/realms/politi",
        "tegn",
        "s3cret-of-the-client",
        "openid profile email",
        "preferred_username",
        "email",
        "name",
        "groups",
        List.of(domain),
        true,
        List.of(
            new Mapping("kadetter", Role.TRAINEE, 41L),
            new Mapping("undervisere", Role.TRAINER, null)));
  }

  private Configured configureA() {
    return providersFor(TestCaller.of(orgs.adminOfA().getId(), orgs.a().getId(), Role.ADMIN))
        .save(form(orgs.a().getId(), "politi-" + orgs.a().getCode() + ".example"));
  }

  private SsoFlow.Verified person(long providerId, String subject, String name, String... groups) {
    return new SsoFlow.Verified(
        providerId, subject, "anna.berg", "anna@politi.example", name, Set.of(groups), "id-token");
  }

  @Test
  void theClientSecretIsKeptSealedAndOpensOnlyForItsOwnProvider() {
    Configured saved = configureA();
    assertTrue(saved.clientSecretSet());
    SsoProvider provider = em.find(SsoProvider.class, saved.id());
    byte[] sealed = provider.getClientSecret();
    assertNotEquals(
        "s3cret-of-the-client", new String(sealed, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("s3cret-of-the-client", secrets.open(sealed, provider.secretContext()));
    assertThrows(
        IllegalStateException.class,
        () -> secrets.open(sealed, "plt_sso_provider/" + orgs.b().getId() + "/client_secret"));
  }

  @Test
  void anAdminOfOneOrganisationCannotConfigureAnothers() {
    SsoProviders providers =
        providersFor(TestCaller.of(orgs.adminOfA().getId(), orgs.a().getId(), Role.ADMIN));
    assertThrows(
        AccessDeniedException.class, () -> providers.save(form(orgs.b().getId(), "b.example")));
  }

  @Test
  void anEmailDomainBelongsToOneOrganisationOnly() {
    Configured a = configureA();
    SsoProviders national =
        providersFor(
            TestCaller.national(orgs.adminOfA().getId(), orgs.centre().getId(), Role.ADMIN));
    assertThrows(
        RuleViolationException.class,
        () -> national.save(form(orgs.b().getId(), a.emailDomains().get(0))));
  }

  @Test
  void theFirstSignInCreatesTheAccountInTheOrganisationAndLaterOnesUpdateIt() {
    Configured provider = configureA();
    SsoCredential first =
        provisioning().signIn(person(provider.id(), "sub-1", "Anna Berg", "kadetter"));
    Account account = TestDirectories.of(em, clock).findByUsername(first.username()).orElseThrow();
    assertEquals(orgs.a().getId(), account.getOrganisation().getId());
    assertEquals(Set.of("TRAINEE"), first.roles());
    assertEquals(
        new SsoGroupsMapped(account.getId(), orgs.a().getId(), Set.of(41L), Set.of(41L)),
        fired.get(0));

    // the person is renamed and joins the trainers' group; leaves the cadets
    SsoCredential later =
        provisioning().signIn(person(provider.id(), "sub-1", "Anna Berg-Holm", "undervisere"));
    assertEquals(first.username(), later.username());
    assertEquals("Anna Berg-Holm", account.getDisplayName());
    assertEquals(Set.of("TRAINEE", "TRAINER"), later.roles());
    assertEquals(Set.of(), fired.get(1).cohortIds());

    // and leaves the trainers' group: the mapped role goes, TRAINEE stays
    assertEquals(
        Set.of("TRAINEE"), provisioning().signIn(person(provider.id(), "sub-1", "Anna")).roles());
  }

  @Test
  void aProviderNeverTakesOverAnExistingAccountByItsUsername() {
    Configured provider = configureA();
    String taken = orgs.personInB().getUsername();
    SsoCredential signedIn =
        provisioning()
            .signIn(
                new SsoFlow.Verified(
                    provider.id(), "sub-2", taken, null, "Someone", Set.of(), "id-token"));
    assertNotEquals(taken, signedIn.username());
    assertEquals(taken + "." + orgs.a().getCode(), signedIn.username());
  }

  @Test
  void aDisabledAccountIsNotSignedIn() {
    Configured provider = configureA();
    SsoCredential first = provisioning().signIn(person(provider.id(), "sub-3", "Anna"));
    TestDirectories.of(em, clock).findByUsername(first.username()).orElseThrow().disable();
    SsoRefusal refused =
        assertThrows(
            SsoRefusal.class, () -> provisioning().signIn(person(provider.id(), "sub-3", "Anna")));
    assertEquals(SsoRefusal.Reason.DISABLED, refused.reason());
  }

  /** The CDI event, recorded. */
  private record Recording(List<SsoGroupsMapped> fired) implements Event<SsoGroupsMapped> {
    @Override
    public void fire(SsoGroupsMapped event) {
      fired.add(event);
    }

    @Override
    public <U extends SsoGroupsMapped> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends SsoGroupsMapped> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<SsoGroupsMapped> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends SsoGroupsMapped> Event<U> select(Class<U> subtype, Annotation... q) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends SsoGroupsMapped> Event<U> select(TypeLiteral<U> subtype, Annotation... q) {
      throw new UnsupportedOperationException();
    }
  }
}
