package dk.tegn.core.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.ContinuedCaller;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.SqlStatements;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The caller of a request comes from one statement, with every grant and the national roles. */
class SignedInCallerTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static EntityManagerFactory emf;
  static SqlStatements sql;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-core-test");
    sql = SqlStatements.on(emf);
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  /** The container's security context, reduced to who signed in. */
  record SignedIn(String name) implements SecurityContext {
    @Override
    public Principal getCallerPrincipal() {
      return name == null ? null : () -> name;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
      return Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
      return false;
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
      return false;
    }

    @Override
    public AuthenticationStatus authenticate(
        HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationParameters parameters) {
      throw new UnsupportedOperationException();
    }
  }

  SignedInCaller callerOf(String username, EntityManager em) {
    SignedInCaller caller = new SignedInCaller();
    caller.securityContext = new SignedIn(username);
    caller.continued = new ContinuedCaller();
    caller.rows = new CallerRows(em);
    return caller;
  }

  /**
   * A start drained from the queue runs on a task that carries another request's security context:
   * the caller the queue names is the one read, from the database as always.
   */
  @Test
  void aRequestContinuedForSomeoneIsThatCallerWhateverTheSecurityContextSays() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids =
        JpaTestSupport.inTransaction(
            emf,
            em -> {
              Organisation o = new Organisation("q-" + s, "O", "da", false, NOW);
              em.persist(o);
              Account submitter = new Account("submitter-" + s, "Submitter", null, o, "h", NOW);
              Account queued = new Account("queued-" + s, "Queued", null, o, "h", NOW);
              queued.grant(Role.TRAINEE, o, NOW);
              em.persist(submitter);
              em.persist(queued);
              em.flush();
              return new long[] {submitter.getId(), queued.getId()};
            });
    EntityManager em = emf.createEntityManager();
    try {
      SignedInCaller caller = callerOf("submitter-" + s, em);
      caller.continued.continueFor("queued-" + s);
      assertEquals(ids[1], caller.accountId());
      assertEquals("queued-" + s, caller.username());
      assertTrue(caller.hasRole(Role.TRAINEE));
      assertThrows(
          IllegalStateException.class,
          () -> caller.continued.continueFor("submitter-" + s),
          "a request continues for one caller only");
      assertEquals(ids[1], caller.accountId());
    } finally {
      em.close();
    }
  }

  @Test
  void theCallerWithGrantsInTwoOrganisationsIsReadInOneStatement() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids =
        JpaTestSupport.inTransaction(
            emf,
            em -> {
              Organisation school = new Organisation("s-" + s, "School", "en", false, NOW);
              Organisation centre = new Organisation("c-" + s, "Centre", "da", true, NOW);
              em.persist(school);
              em.persist(centre);
              Account a = new Account("caller-" + s, "Caller", null, school, "h", NOW);
              a.grant(Role.TRAINEE, school, NOW);
              a.grant(Role.COORDINATOR, centre, NOW);
              em.persist(a);
              em.flush();
              return new long[] {a.getId(), school.getId(), centre.getId()};
            });
    EntityManager em = emf.createEntityManager();
    try {
      SignedInCaller caller = callerOf("caller-" + s, em);
      List<String> statements = sql.during(() -> caller.grants());
      assertEquals(1, statements.size(), String.join("\n", statements));
      assertEquals(ids[0], caller.accountId());
      assertEquals(ids[1], caller.organisationId());
      assertEquals(
          Set.of(new Grant(Role.TRAINEE, ids[1]), new Grant(Role.COORDINATOR, ids[2])),
          caller.grants());
      assertTrue(caller.isNational(Role.COORDINATOR));
      assertFalse(caller.isNational(Role.TRAINEE));
      assertEquals(0, sql.during(() -> caller.username()).size(), "read once per request");
      // the languages a page is shown in come with it: no statement of their own
      assertEquals(
          0,
          sql.during(
                  () ->
                      assertEquals(
                          Optional.of(new CurrentCaller.Languages(null, "en")), caller.languages()))
              .size());
    } finally {
      em.close();
    }
  }

  @Test
  void aRevokedRoleAndADisabledAccountCountOnTheNextRequest() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids =
        JpaTestSupport.inTransaction(
            emf,
            em -> {
              Organisation o = new Organisation("r-" + s, "O", "da", false, NOW);
              em.persist(o);
              Account a = new Account("revoked-" + s, "Revoked", null, o, "h", NOW);
              a.grant(Role.TRAINEE, o, NOW);
              a.grant(Role.COORDINATOR, o, NOW);
              em.persist(a);
              em.flush();
              return new long[] {a.getId(), o.getId()};
            });
    EntityManager em = emf.createEntityManager();
    try {
      // each request has a caller of its own, read again (the statement is prepared once)
      assertTrue(callerOf("revoked-" + s, em).hasRole(Role.COORDINATOR));
      JpaTestSupport.run(
          emf,
          tx -> {
            Account a = tx.find(Account.class, ids[0]);
            a.revoke(Role.COORDINATOR, tx.find(Organisation.class, ids[1]));
          });
      em.clear();
      SignedInCaller next = callerOf("revoked-" + s, em);
      assertFalse(next.hasRole(Role.COORDINATOR), "revoked: gone on the next request");
      assertTrue(next.hasRole(Role.TRAINEE));
      JpaTestSupport.run(emf, tx -> tx.find(Account.class, ids[0]).disable());
      em.clear();
      assertFalse(callerOf("revoked-" + s, em).isAuthenticated(), "disabled: signed out at once");
    } finally {
      em.close();
    }
  }

  @Test
  void aDisabledOrUnknownAccountIsNotSignedIn() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    JpaTestSupport.run(
        emf,
        em -> {
          Organisation o = new Organisation("d-" + s, "O", "da", false, NOW);
          em.persist(o);
          Account a = new Account("off-" + s, "Off", null, o, "h", NOW);
          a.disable();
          em.persist(a);
        });
    EntityManager em = emf.createEntityManager();
    try {
      assertFalse(callerOf("off-" + s, em).isAuthenticated());
      assertFalse(callerOf("nobody-" + s, em).isAuthenticated());
      assertFalse(callerOf(null, em).isAuthenticated());
    } finally {
      em.close();
    }
  }
}
