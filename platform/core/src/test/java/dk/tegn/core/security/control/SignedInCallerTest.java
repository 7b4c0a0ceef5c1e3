package dk.tegn.core.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.ContinuedCaller;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import dk.tegn.core.security.ServedRequest;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The caller of a request comes from one statement, with every grant and the national roles. */
class SignedInCallerTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static EntityManagerFactory emf;
  static Connections connections;

  /** The clock the kept callers expire by, moved on by hand. */
  static final AtomicLong nanos = new AtomicLong();

  /** One for every request, as the application's one. */
  static CallerRows rows;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-core-test");
    connections = new Connections();
    rows = new CallerRows(connections, nanos::get, CallerRows.KEEP);
  }

  /** The test database, counting the connections the caller's read takes. */
  static final class Connections extends MysqlDataSource {
    private static final long serialVersionUID = 1L;
    int taken;

    Connections() {
      setURL(TestDatabase.url());
      setUser(TestDatabase.USER);
      setPassword(TestDatabase.PASSWORD);
    }

    @Override
    public Connection getConnection() throws SQLException {
      taken++;
      return super.getConnection();
    }

    int during(Runnable work) {
      int before = taken;
      work.run();
      return taken - before;
    }
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

  SignedInCaller callerOf(String username) {
    return new SignedInCaller(new SignedIn(username), new ContinuedCaller(), rows);
  }

  /** An organisation with two accounts, the second a trainee; their ids in that order. */
  static long[] twoAccounts(String organisation, String first, String second) {
    return JpaTestSupport.inTransaction(
        emf,
        em -> {
          Organisation o = new Organisation(organisation, "O", "da", false, NOW);
          em.persist(o);
          Account one = new Account(first, "First", null, o, "h", NOW);
          Account two = new Account(second, "Second", null, o, "h", NOW);
          two.grant(Role.TRAINEE, o, NOW);
          em.persist(one);
          em.persist(two);
          em.flush();
          return new long[] {one.getId(), two.getId()};
        });
  }

  /**
   * A start drained from the queue runs on a task that carries another request's security context:
   * the caller the queue names is the one read, from the database as always.
   */
  @Test
  void aRequestContinuedForSomeoneIsThatCallerWhateverTheSecurityContextSays() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids = twoAccounts("q-" + s, "submitter-" + s, "queued-" + s);
    SignedInCaller caller = callerOf("submitter-" + s);
    caller.continued.continueFor("queued-" + s);
    assertEquals(ids[1], caller.accountId());
    assertEquals("queued-" + s, caller.username());
    assertTrue(caller.hasRole(Role.TRAINEE));
    assertThrows(
        IllegalStateException.class,
        () -> caller.continued.continueFor("submitter-" + s),
        "a request continues for one caller only");
    assertEquals(ids[1], caller.accountId());
  }

  /**
   * Inside the filter chain the name is the request's principal, read on each call: a sign-in or
   * sign-out during the request counts at once. Outside it (queued work, timers) the security
   * context names the caller, and nothing of the request is left on the thread.
   */
  @Test
  void inARequestTheRequestsPrincipalNamesTheCallerAndASignInDuringItCounts() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids = twoAccounts("r-" + s, "context-" + s, "request-" + s);
    AtomicReference<Principal> principal = new AtomicReference<>();
    HttpServletRequest request = requestWith(principal);
    SignedInCaller caller = callerOf("context-" + s);
    HttpServletRequest before = ServedRequest.enter(request);
    try {
      assertFalse(caller.isAuthenticated(), "nobody signed in on the request yet");
      principal.set(() -> "request-" + s);
      assertEquals(ids[1], caller.accountId());
      assertTrue(caller.hasRole(Role.TRAINEE));
      principal.set(null);
      assertFalse(caller.isAuthenticated(), "signed out during the request");
    } finally {
      ServedRequest.leave(before);
    }
    assertNull(ServedRequest.current());
    assertEquals(ids[0], caller.accountId());
  }

  /** A request whose container principal is whatever {@code principal} holds at the time. */
  static HttpServletRequest requestWith(AtomicReference<Principal> principal) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SignedInCallerTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getUserPrincipal")) {
                return principal.get();
              }
              throw new UnsupportedOperationException(method.getName());
            });
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
    SignedInCaller caller = callerOf("caller-" + s);
    assertEquals(1, connections.during(() -> caller.grants()), "one statement");
    assertEquals(ids[0], caller.accountId());
    assertEquals(ids[1], caller.organisationId());
    assertEquals(
        Set.of(new Grant(Role.TRAINEE, ids[1]), new Grant(Role.COORDINATOR, ids[2])),
        caller.grants());
    assertTrue(caller.isNational(Role.COORDINATOR));
    assertFalse(caller.isNational(Role.TRAINEE));
    assertEquals(0, connections.during(() -> caller.username()), "read once per request");
    // the languages a page is shown in come with it: no statement of their own
    assertEquals(
        0,
        connections.during(
            () ->
                assertEquals(
                    Optional.of(new CurrentCaller.Languages(null, "en")), caller.languages())));
  }

  /** An account with the roles trainee and coordinator in an organisation of its own. */
  static long[] twoRoles(String username) {
    return JpaTestSupport.inTransaction(
        emf,
        em -> {
          Organisation o = new Organisation("o-" + username, "O", "da", false, NOW);
          em.persist(o);
          Account a = new Account(username, "Two roles", null, o, "h", NOW);
          a.grant(Role.TRAINEE, o, NOW);
          a.grant(Role.COORDINATOR, o, NOW);
          em.persist(a);
          em.flush();
          // past the bound its own creation set: a new grant is a change too
          nanos.addAndGet(CallerRows.KEEP.toNanos());
          return new long[] {a.getId(), o.getId()};
        });
  }

  @Test
  void aRevokedRoleAndADisabledAccountCountOnTheNextRequest() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids = twoRoles("revoked-" + s);
    assertTrue(callerOf("revoked-" + s).hasRole(Role.COORDINATOR));
    // kept between requests, yet a change written through JPA is not
    assertEquals(0, connections.during(() -> callerOf("revoked-" + s).grants()), "kept");
    JpaTestSupport.run(
        emf,
        tx -> {
          Account a = tx.find(Account.class, ids[0]);
          a.revoke(Role.COORDINATOR, tx.find(Organisation.class, ids[1]));
        });
    SignedInCaller next = callerOf("revoked-" + s);
    assertFalse(next.hasRole(Role.COORDINATOR), "revoked: gone on the next request");
    assertTrue(next.hasRole(Role.TRAINEE));
    JpaTestSupport.run(emf, tx -> tx.find(Account.class, ids[0]).disable());
    assertFalse(callerOf("revoked-" + s).isAuthenticated(), "disabled: signed out at once");
  }

  @Test
  void aCallerIsKeptForAFewSecondsAtMostAndALanguageChangeCountsAtOnce() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids = twoRoles("kept-" + s);
    long[] other = twoRoles("other-" + s);
    assertEquals(1, connections.during(() -> callerOf("kept-" + s).grants()));
    // someone else's change leaves this caller kept
    JpaTestSupport.run(emf, tx -> tx.find(Account.class, other[0]).chooseLocale("en"));
    assertEquals(0, connections.during(() -> callerOf("kept-" + s).grants()));
    nanos.addAndGet(CallerRows.KEEP.toNanos());
    assertEquals(1, connections.during(() -> callerOf("kept-" + s).grants()), "read again");
    JpaTestSupport.run(emf, tx -> tx.find(Organisation.class, ids[1]).changeDefaultLocale("en"));
    assertEquals(
        Optional.of(new CurrentCaller.Languages(null, "en")), callerOf("kept-" + s).languages());
    // tegn.caller.keep-seconds=0: read on every request
    CallerRows everyTime = new CallerRows(connections, nanos::get, Duration.ZERO);
    for (int request = 0; request < 2; request++) {
      SignedInCaller caller =
          new SignedInCaller(new SignedIn("kept-" + s), new ContinuedCaller(), everyTime);
      assertEquals(1, connections.during(caller::grants));
    }
  }

  /**
   * Alone, an instance is told of every change, so it keeps a caller for minutes (an exam's trainee
   * answers every 10 to 30 s, past the cluster's 5 s), and a change still counts on the next
   * request.
   */
  @Test
  void aloneACallerIsKeptForMinutesAndEveryChangeStillCountsOnTheNextRequest() {
    CallerRows alone = new CallerRows(connections, nanos::get, CallerRows.ALONE_KEEP);
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids = twoRoles("alone-" + s);
    Supplier<SignedInCaller> caller =
        () -> new SignedInCaller(new SignedIn("alone-" + s), new ContinuedCaller(), alone);
    assertEquals(1, connections.during(() -> caller.get().grants()));
    nanos.addAndGet(Duration.ofSeconds(30).toNanos());
    assertEquals(0, connections.during(() -> caller.get().grants()), "the next answer, 30 s on");
    // a sign-in writes the account (when last signed in): nothing kept for the change window only
    JpaTestSupport.run(emf, tx -> tx.find(Account.class, ids[0]).signedIn(NOW));
    assertEquals(1, connections.during(() -> caller.get().grants()));
    nanos.addAndGet(CallerRows.CHANGE_WINDOW.toNanos());
    assertEquals(1, connections.during(() -> caller.get().grants()), "read and kept again");
    assertEquals(0, connections.during(() -> caller.get().grants()));
    JpaTestSupport.run(
        emf,
        tx ->
            tx.find(Account.class, ids[0])
                .revoke(Role.COORDINATOR, tx.find(Organisation.class, ids[1])));
    assertFalse(caller.get().hasRole(Role.COORDINATOR), "revoked: gone on the next request");
    nanos.addAndGet(CallerRows.ALONE_KEEP.toNanos());
    // a commit later than the window: what was read between the flush and the commit is the old
    // rows, kept; the transaction's end tells again (AccountChanges, under JTA) and drops them
    JpaTestSupport.run(
        emf,
        tx -> {
          tx.find(Account.class, ids[0]).disable();
          tx.flush();
          nanos.addAndGet(CallerRows.CHANGE_WINDOW.toNanos());
          assertTrue(caller.get().isAuthenticated(), "not yet committed");
        });
    alone.accountChanged(ids[0]);
    assertFalse(caller.get().isAuthenticated(), "disabled: signed out on the next request");
    nanos.addAndGet(CallerRows.KEEP.toNanos());
  }

  /**
   * JPA tells of a change when it flushes: a request that reads between the flush and the commit
   * still sees the old grants, and must not keep them for the requests after the commit.
   */
  @Test
  void whatARequestReadsBeforeAChangeIsCommittedIsNotKept() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    long[] ids = twoRoles("racing-" + s);
    JpaTestSupport.run(
        emf,
        tx -> {
          tx.find(Account.class, ids[0])
              .revoke(Role.COORDINATOR, tx.find(Organisation.class, ids[1]));
          tx.flush();
          assertTrue(callerOf("racing-" + s).hasRole(Role.COORDINATOR), "not yet committed");
        });
    assertFalse(callerOf("racing-" + s).hasRole(Role.COORDINATOR));
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
    assertFalse(callerOf("off-" + s).isAuthenticated());
    assertFalse(callerOf("nobody-" + s).isAuthenticated());
    assertFalse(callerOf(null).isAuthenticated());
  }
}
