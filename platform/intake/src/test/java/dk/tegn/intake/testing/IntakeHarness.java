package dk.tegn.intake.testing;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.security.Grant;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestBeans;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.intake.IntakeSettings;
import dk.tegn.intake.crypto.control.KeyRing;
import dk.tegn.intake.crypto.control.Keysets;
import dk.tegn.intake.queue.control.IntakeQueue;
import dk.tegn.intake.referral.control.ReferralCase;
import dk.tegn.intake.referral.control.ReferralSubmission;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.routing.entity.Team;
import dk.tegn.intake.routing.entity.TeamMember;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Intake's services on the real test MariaDB, wired by hand as CDI would, each call in its own
 * transaction (as {@code @Transactional} would). Audit entries are written in a transaction of
 * their own, as core's REQUIRES_NEW does, so refusals survive the rollback. Not a mock: every
 * query, constraint and migration is the real one.
 */
public final class IntakeHarness {

  public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static EntityManagerFactory emf;
  private static final KeyRing KEYS = KeyRing.of(Keysets.generate(), null);

  public final String suffix = UUID.randomUUID().toString().substring(0, 8);
  public final Organisation centre;
  public final Organisation school;
  public KeyRing keys = KEYS;
  public PlatformClock clock = new PlatformClock(Clock.fixed(NOW, ZoneOffset.UTC));
  public IntakeSettings settings = new IntakeSettings(30, 120, 12, "Europe/Copenhagen", "+45 1");

  public IntakeHarness() {
    centre =
        inTransaction(
            em -> persist(em, new Organisation("c-" + suffix, "Centre", "da", true, NOW)));
    school =
        inTransaction(
            em -> persist(em, new Organisation("s-" + suffix, "School", "da", false, NOW)));
  }

  public static synchronized EntityManagerFactory emf() {
    if (emf == null) {
      emf = JpaTestSupport.entityManagerFactory("tegn-intake-test");
    }
    return emf;
  }

  public <T> T inTransaction(Function<EntityManager, T> work) {
    return JpaTestSupport.inTransaction(emf(), work);
  }

  private static <T> T persist(EntityManager em, T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  /** Referral keys in a fresh keyset kept in {@code file}, as the launcher keeps them. */
  public void keysIn(Path file) {
    Keysets.write(Keysets.generate(), file, false);
    keys = KeyRing.of(Keysets.read(file), file);
  }

  /** A referral of an adult woman who consents, sent by {@code sender}; returns its id. */
  public long referWoman(TestCaller sender) {
    String reference =
        as(sender, s -> s.submission().submit(Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN)))
            .reference();
    return referral(reference).getId();
  }

  /** The stored referral with this reference, its history and answers loaded. */
  public Referral referral(String reference) {
    return inTransaction(
        em -> {
          Referral r =
              em.createNamedQuery("Referral.findByReference", Referral.class)
                  .setParameter("reference", reference)
                  .getSingleResult();
          r.getTransitions().size();
          r.getAnswers().size();
          return r;
        });
  }

  /** An account holding {@code roles} in {@code organisation}, with an e-mail address. */
  public TestCaller account(String name, Organisation organisation, Role... roles) {
    String username = name + "-" + suffix;
    Account account =
        inTransaction(
            em -> {
              Organisation org = em.find(Organisation.class, organisation.getId());
              Account a = new Account(username, name, username + "@example.test", org, "hash", NOW);
              for (Role role : roles) {
                a.grant(role, org, NOW);
              }
              return persist(em, a);
            });
    Set<Grant> grants =
        Arrays.stream(roles)
            .map(r -> new Grant(r, organisation.getId()))
            .collect(Collectors.toUnmodifiableSet());
    return new TestCaller(
        account.getId(), username, organisation.getId(), grants, Set.of(centre.getId()));
  }

  public Team team(String code) {
    return inTransaction(
        em ->
            em.createNamedQuery("Team.findByCode", Team.class)
                .setParameter("code", code)
                .getSingleResult());
  }

  public void join(TestCaller officer, String... teamCodes) {
    for (String code : teamCodes) {
      long teamId = team(code).getId();
      inTransaction(em -> persist(em, new TeamMember(teamId, officer.id(), NOW)));
    }
  }

  /** Runs {@code work} as {@code caller} in one transaction, rolled back if it throws. */
  public <T> T as(CurrentCaller caller, Function<Services, T> work) {
    EntityManager em = emf().createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(new Services(em, caller));
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public List<AuditEntry> audit(String targetType, Object targetId) {
    return inTransaction(
        em ->
            em.createNamedQuery("AuditEntry.findByTarget", AuditEntry.class)
                .setParameter("targetType", targetType)
                .setParameter("targetId", String.valueOf(targetId))
                .getResultList());
  }

  /** The services of intake on one entity manager and one caller. */
  public final class Services {
    private final TestBeans beans;

    Services(EntityManager em, CurrentCaller caller) {
      beans =
          new TestBeans(
              em,
              List.of(caller, clock, keys, settings, new SeparateTransactionAuditLog(clock)),
              List.of(),
              new ArrayList<>());
    }

    public <T> T get(Class<T> type) {
      return beans.get(type);
    }

    public ReferralSubmission submission() {
      return get(ReferralSubmission.class);
    }

    public ReferralCase cases() {
      return get(ReferralCase.class);
    }

    public IntakeQueue queue() {
      return get(IntakeQueue.class);
    }

    public EntityManager em() {
      return beans.em();
    }
  }

  /** Core's AuditLog writes in REQUIRES_NEW; here: its own entity manager and transaction. */
  static final class SeparateTransactionAuditLog extends AuditLog {
    private final PlatformClock clock;

    SeparateTransactionAuditLog(PlatformClock clock) {
      this.clock = clock;
    }

    @Override
    public void record(
        Long actor, String action, String targetType, Object targetId, Outcome outcome) {
      record(actor, action, targetType, targetId, outcome, null);
    }

    @Override
    public void record(
        Long actor,
        String action,
        String targetType,
        Object targetId,
        Outcome outcome,
        String detail) {
      JpaTestSupport.run(
          emf(),
          em ->
              em.persist(
                  new AuditEntry(
                      clock.now(),
                      actor,
                      action,
                      targetType,
                      targetId == null ? null : String.valueOf(targetId),
                      outcome,
                      detail)));
    }
  }
}
