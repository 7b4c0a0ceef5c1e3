package dk.tegn.core.privacy.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.privacy.entity.RetentionPolicy;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The retention rule for learners, per organisation: accounts without a sign-in for N months (off
 * unless an administrator sets it) are warned by mail, and anonymised {@link #GRACE} later if they
 * still have not signed in. Only learners: an account holding any role but trainee is never
 * anonymised by the rule (an administrator erases such a person on request).
 */
@ApplicationScoped
public class RetentionPolicies {

  /** Between the warning and the anonymisation. */
  public static final Duration GRACE = Duration.ofDays(30);

  private static final String INACTIVE =
      "select a from Account a where a.organisation.id = :organisationId and a.erasedAt is null"
          + " and coalesce(a.lastSignedInAt, a.createdAt) < :before"
          + " and not exists (select g from RoleGrant g where g.account = a"
          + " and g.role <> dk.tegn.core.account.Role.TRAINEE)";

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  /** Months of inactivity after which the organisation's learners are anonymised; null: never. */
  @Transactional
  public Integer inactiveMonths(long organisationId) {
    caller.requireRoleIn(Role.ADMIN, organisationId);
    RetentionPolicy policy = em.find(RetentionPolicy.class, organisationId);
    return policy == null ? null : policy.getInactiveMonths();
  }

  @Transactional
  public void setInactiveMonths(long organisationId, Integer months) {
    caller.requireRoleIn(Role.ADMIN, organisationId);
    if (months != null && (months < 1 || months > RetentionPolicy.MAX_MONTHS)) {
      throw new RuleViolationException(
          Messages.PLATFORM, "privacy.retentionRange", RetentionPolicy.MAX_MONTHS);
    }
    RetentionPolicy policy = em.find(RetentionPolicy.class, organisationId);
    if (policy == null) {
      policy = new RetentionPolicy(organisationId);
      em.persist(policy);
    }
    policy.inactiveFor(months);
    audit.record(
        caller.accountId(),
        "privacy.retention",
        "organisation",
        organisationId,
        Outcome.ALLOWED,
        months == null ? "off" : months + " months");
  }

  /** One organisation's rule that is on. */
  public record Rule(long organisationId, int inactiveMonths) {}

  /** Trusted (the scheduled job): every organisation's rule that is on. */
  @Transactional
  public List<Rule> active() {
    return em.createQuery(
            "select p from RetentionPolicy p where p.inactiveMonths is not null",
            RetentionPolicy.class)
        .getResultStream()
        .map(p -> new Rule(p.getOrganisationId(), p.getInactiveMonths()))
        .toList();
  }

  /** Trusted: learners inactive under the rule, not yet warned, at most {@code max}. */
  @Transactional
  public List<Account> toWarn(Rule policy, int max) {
    return em
        .createQuery(INACTIVE + " and a.retentionWarnedAt is null", Account.class)
        .setParameter("organisationId", policy.organisationId())
        .setParameter("before", cutoff(policy))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .peek(a -> a.getOrganisation().getName())
        .toList();
  }

  /** Trusted: learners warned at least {@link #GRACE} ago who still have not signed in. */
  @Transactional
  public List<Long> toAnonymise(Rule policy, int max) {
    return em.createQuery(
            INACTIVE + " and a.retentionWarnedAt < :warnedBefore order by a.id", Account.class)
        .setParameter("organisationId", policy.organisationId())
        .setParameter("before", cutoff(policy))
        .setParameter("warnedBefore", clock.now().minus(GRACE))
        .setMaxResults(max)
        .getResultStream()
        .map(Account::getId)
        .toList();
  }

  /** Trusted: the warning mail for the account is queued. */
  @Transactional
  public void warned(long accountId) {
    em.find(Account.class, accountId).warnedOfRetention(clock.now());
    audit.record(null, "privacy.retentionWarning", "account", accountId, Outcome.ALLOWED);
  }

  private Instant cutoff(Rule policy) {
    return clock.now().atOffset(ZoneOffset.UTC).minusMonths(policy.inactiveMonths()).toInstant();
  }
}
