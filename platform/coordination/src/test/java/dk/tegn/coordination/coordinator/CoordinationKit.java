package dk.tegn.coordination.coordinator;

import dk.tegn.coordination.coordinator.control.CompletionCounters;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.entity.OutboxMessage;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestBeans;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.version.control.Publishing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the web module's services on the test MariaDB, each call in its own committed transaction as
 * a given caller at a given time, wired by type the way CDI would (configuration keeps its
 * defaults; passwords are hashed cheaply).
 */
public final class CoordinationKit {

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
  public static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
  private static EntityManagerFactory emf;

  private Instant now = NOW;

  public static synchronized EntityManagerFactory emf() {
    if (emf == null) {
      emf = JpaTestSupport.entityManagerFactory("tegn-coordination-test");
    }
    return emf;
  }

  public void at(Instant now) {
    this.now = now;
  }

  public Instant now() {
    return now;
  }

  /** Calls services as {@code caller} (null: nobody signed in) in one transaction. */
  public <T> T as(CurrentCaller caller, Function<TestBeans, T> work) {
    return JpaTestSupport.inTransaction(
        emf(),
        em ->
            work.apply(
                new TestBeans(
                    em,
                    List.of(
                        caller == null ? TestCaller.anonymous() : caller,
                        new PlatformClock(Clock.fixed(now, ZoneOffset.UTC)),
                        new CheapHasher()),
                    OBSERVERS,
                    new ArrayList<>())));
  }

  /** An organisation with a coordinator and trainees (with e-mail addresses), unique names. */
  public Org organisation(int trainees) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return JpaTestSupport.inTransaction(
        emf(),
        em -> {
          Organisation org = new Organisation("o-" + suffix, "Skole " + suffix, "da", false, now);
          em.persist(org);
          Account coordinator = account(em, org, "coord-" + suffix, Role.COORDINATOR);
          List<Long> ids = new ArrayList<>();
          for (int i = 0; i < trainees; i++) {
            ids.add(account(em, org, "cadet" + i + "-" + suffix, Role.TRAINEE).getId());
          }
          return new Org(org.getId(), coordinator.getId(), ids, suffix);
        });
  }

  /**
   * A cohort of {@code count} generated people of the organisation, in set statements (not one by
   * one: tests of big cohorts, 100,000 members take seconds): accounts named {@code
   * <prefix>-<organisation>-<n>} with such addresses, every third with English chosen when {@code
   * english} (else the organisation's language), each a member of the cohort. Returns their account
   * ids in order.
   */
  public List<Long> members(Org org, long cohortId, String prefix, int count, boolean english) {
    return as(
        null,
        w -> {
          EntityManager em = w.em();
          em.createNativeQuery(
                  "INSERT INTO plt_account (username, display_name, email, locale,"
                      + " organisation_id, password_hash, password_changed_at, created_at)"
                      + " SELECT CONCAT(?4, '-', ?1, '-', n), CONCAT('Kadet ', n),"
                      + " CONCAT(?4, '-', ?1, '-', n, '@test.tegn.dk'),"
                      + " IF(?5 AND n % 3 = 0, 'en', NULL), ?1, 'hash', ?2, ?2"
                      + " FROM (WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s"
                      + " WHERE n < 999) SELECT a.n * 1000 + b.n + 1 AS n FROM s a CROSS JOIN s b"
                      + " WHERE a.n * 1000 + b.n < ?3) seq")
              .setParameter(1, org.id())
              .setParameter(2, now)
              .setParameter(3, count)
              .setParameter(4, prefix)
              .setParameter(5, english)
              .executeUpdate();
          em.createNativeQuery(
                  "INSERT INTO crd_cohort_member (cohort_id, account_id, joined_at)"
                      + " SELECT ?1, id, ?2 FROM plt_account WHERE organisation_id = ?3"
                      + " AND username LIKE CONCAT(?4, '-%') ORDER BY id")
              .setParameter(1, cohortId)
              .setParameter(2, now)
              .setParameter(3, org.id())
              .setParameter(4, prefix)
              .executeUpdate();
          return ((List<?>)
                  em.createNativeQuery(
                          "SELECT account_id FROM crd_cohort_member WHERE cohort_id = ?1"
                              + " ORDER BY account_id")
                      .setParameter(1, cohortId)
                      .getResultList())
              .stream().map(n -> ((Number) n).longValue()).toList();
        });
  }

  /** Runs a native statement that returns no rows (tests' own SQL). */
  public void execute(String sql) {
    as(null, w -> w.em().createNativeQuery(sql).executeUpdate());
  }

  /** The first column of a native query's first row, as a number (tests' own SQL). */
  public long number(String sql, Object... params) {
    return Long.parseLong(rows(sql, params).get(0));
  }

  /** A native query's rows, each its columns joined by {@code |} (tests' own SQL). */
  public List<String> rows(String sql, Object... params) {
    return as(
        null,
        w -> {
          var query = w.em().createNativeQuery(sql);
          for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
          }
          return ((List<?>) query.getResultList())
              .stream()
                  .map(
                      r ->
                          r instanceof Object[] a
                              ? String.join(
                                  "|", java.util.Arrays.stream(a).map(String::valueOf).toList())
                              : String.valueOf(r))
                  .toList();
        });
  }

  /** A published course of the organisation. */
  public long course(long organisationId, boolean mandatory, Integer validityMonths) {
    return JpaTestSupport.inTransaction(
        emf(),
        em -> {
          Course course = new Course(organisationId, 1L, "da", "Tegn på menneskehandel", now);
          course.translate(dk.tegn.courses.course.entity.TextField.TITLE, "en", "Signs");
          course.configure(
              Set.of(Audience.POLICE), List.of("da", "en"), 30, mandatory, validityMonths);
          course.published(1);
          em.persist(course);
          em.flush();
          return course.getId();
        });
  }

  /**
   * A course of the organisation with one lesson, published through courses' Publishing as version
   * 1 (a course made by {@link #course} has no version to publish again).
   */
  public long publishedCourse(long organisationId) {
    return as(
        null,
        w -> {
          Course course = new Course(organisationId, 1L, "da", "Genstart", now);
          course.addModule("da", "Modul").addLesson("da", "Lektion", "Tekst.");
          w.em().persist(course);
          w.em().flush();
          w.get(Publishing.class).release(course, 1L, "første", false);
          w.em().flush();
          return course.getId();
        });
  }

  /** Publishes a changed version of {@link #publishedCourse} in which everyone restarts. */
  public void republishWithEveryoneRestarting(long courseId) {
    as(
        null,
        w -> {
          Course course = w.em().find(Course.class, courseId);
          course.getModules().get(0).addLesson("da", "Ny", "Mere.");
          return w.get(Publishing.class).release(course, 1L, "anden", true);
        });
  }

  private Account account(EntityManager em, Organisation org, String username, Role role) {
    Account a =
        new Account(username, "Kadet " + username, username + "@test.tegn.dk", org, "hash", now);
    a.grant(role, org, now);
    em.persist(a);
    em.flush();
    return a;
  }

  /** The mail queued for a recipient, newest first. */
  public List<OutboxMessage> mailsTo(String recipient) {
    return as(
        null,
        w ->
            w.em()
                .createNamedQuery("OutboxMessage.findByRecipient", OutboxMessage.class)
                .setParameter("recipient", recipient)
                .getResultList());
  }

  /** The token of the link in the newest mail to a recipient. */
  public String linkToken(String recipient) {
    Matcher m = TOKEN.matcher(mailsTo(recipient).get(0).getBody());
    if (!m.find()) {
      throw new AssertionError("no link in the mail to " + recipient);
    }
    return m.group(1);
  }

  /** The links of every mail to the recipient, newest first (as {@link #mailsTo}). */
  public List<String> linkTokens(String recipient) {
    return mailsTo(recipient).stream()
        .map(mail -> TOKEN.matcher(mail.getBody()))
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .toList();
  }

  /** Ids of an organisation arranged for one test. */
  public record Org(long id, long coordinatorId, List<Long> traineeIds, String suffix) {

    public TestCaller coordinator() {
      return TestCaller.of(coordinatorId, id, Role.COORDINATOR);
    }

    public TestCaller trainee(int index) {
      return TestCaller.of(traineeIds.get(index), id, Role.TRAINEE);
    }
  }

  /** PBKDF2 at full strength would make every test slow; the services only store the result. */
  static final class CheapHasher extends PasswordHasher {
    @Override
    public String hash(String password) {
      return "test:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
      return hash.equals("test:" + password);
    }
  }

  /** The observers that synchronous events reach, as in the application. */
  private static final List<Class<?>> OBSERVERS = List.of(CompletionCounters.class);
}
