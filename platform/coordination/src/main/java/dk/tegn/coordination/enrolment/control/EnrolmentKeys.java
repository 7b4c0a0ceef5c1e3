package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.enrolment.entity.EnrolmentKey;
import dk.tegn.coordination.registration.control.RateLimiter;
import dk.tegn.coordination.registration.control.Tokens;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Course self-enrolment with a key: a coordinator makes a key for a course in their organisation
 * (shown once, kept as a hash), and people of that organisation enrol themselves by typing it.
 * Typing is limited per account so keys cannot be guessed.
 */
@ApplicationScoped
@Transactional
public class EnrolmentKeys {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject PlatformClock clock;
  @Inject RateLimiter limiter;
  @Inject Assignments assignments;
  @Inject CourseFacts courses;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "tegn.enrolmentKey.attemptsPerHour", defaultValue = "10")
  int attemptsPerHour = 10;

  /**
   * Makes the organisation's key for a course, replacing an earlier one (which stops working).
   * Returns the key; only its hash is kept, so it cannot be shown again.
   *
   * @param dueDays days from enrolment to the due date, or null for none
   */
  public String create(
      @Min(1) long organisationId, @Min(1) long courseId, @Min(1) @Max(365) Integer dueDays) {
    scope.require(organisationId, "coordination.key.create");
    courses.requirePublished(courseId);
    String key = Tokens.newKey();
    EnrolmentKey existing = find(organisationId, courseId);
    if (existing == null) {
      existing =
          new EnrolmentKey(
              organisationId, courseId, hash(key), dueDays, caller.accountId(), clock.now());
      em.persist(existing);
    } else {
      existing.replace(hash(key), dueDays, caller.accountId(), clock.now());
    }
    em.flush();
    audit.record(
        caller.accountId(), "coordination.key.create", "course", courseId, Outcome.ALLOWED);
    return key;
  }

  /** The keys of an organisation (which courses have one, not the keys themselves). */
  public List<EnrolmentKey> list(@Min(1) long organisationId) {
    scope.require(organisationId, "coordination.key.read");
    return em.createNamedQuery("EnrolmentKey.findByOrganisation", EnrolmentKey.class)
        .setParameter("organisationId", organisationId)
        .setMaxResults(Assignments.MAX_COURSES)
        .getResultList();
  }

  /** Stops a course's key from working. */
  public void revoke(@Min(1) long organisationId, @Min(1) long courseId) {
    scope.require(organisationId, "coordination.key.revoke");
    EnrolmentKey key = find(organisationId, courseId);
    if (key != null) {
      em.remove(key);
      audit.record(
          caller.accountId(), "coordination.key.revoke", "course", courseId, Outcome.ALLOWED);
    }
  }

  /**
   * The signed-in caller enrols in the course of a key of their own organisation; returns the
   * course id. A wrong key and another organisation's key get the same answer.
   */
  public long enrol(@NotBlank @Size(max = 64) String typed) {
    if (!caller.isAuthenticated()) {
      throw new AccessDeniedException("sign in to enrol with a key");
    }
    long accountId = caller.accountId();
    if (!limiter.tryAcquire("enrolment-key:" + accountId, attemptsPerHour, Duration.ofHours(1))) {
      audit.record(accountId, "course.enrol.key", "account", accountId, Outcome.REFUSED, "rate");
      throw new RuleViolationException(Messages.PLATFORM, "register_key.rateLimited");
    }
    EnrolmentKey key =
        em.createNamedQuery("EnrolmentKey.findByHash", EnrolmentKey.class)
            .setParameter("keyHash", hash(typed))
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (key == null
        || key.getOrganisationId() != caller.organisationId()
        || !courses.isPublished(key.getCourseId())) {
      audit.record(accountId, "course.enrol.key", "account", accountId, Outcome.REFUSED);
      throw new RuleViolationException(Messages.PLATFORM, "register_key.invalid");
    }
    LocalDate due =
        key.getDueDays() == null
            ? null
            : LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).plusDays(key.getDueDays());
    assignments.enrol(accountId, key.getCourseId(), due, accountId);
    audit.record(accountId, "course.enrol.key", "course", key.getCourseId(), Outcome.ALLOWED);
    return key.getCourseId();
  }

  private EnrolmentKey find(long organisationId, long courseId) {
    return em.createNamedQuery("EnrolmentKey.findByCourse", EnrolmentKey.class)
        .setParameter("organisationId", organisationId)
        .setParameter("courseId", courseId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Keys are typed by people: case, spaces and dashes do not matter. */
  static String hash(String typed) {
    return Tokens.sha256(typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
  }
}
