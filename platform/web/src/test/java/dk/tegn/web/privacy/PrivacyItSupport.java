package dk.tegn.web.privacy;

import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.privacy.ErasureReason;
import dk.tegn.core.privacy.ErasureStatus;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.control.ErasureSteps;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.privacy.entity.RetentionPolicy;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.control.Certificates;
import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.web.privacy.control.RetentionRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test-only server side of {@link PrivacyIT}: a small organisation of its own with a cohort and two
 * learners enrolled in a published course, one of whom completes it (certificate) and has an
 * invitation mail and registration; and an erasure stopped after one module, to be resumed.
 */
@ApplicationScoped
public class PrivacyItSupport {

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory directory;
  @Inject Enrolments enrolments;
  @Inject EnrolmentChanges changes;
  @Inject Certificates certificates;
  @Inject Cohorts cohorts;
  @Inject Registrations registrations;
  @Inject Erasures erasures;
  @Inject ErasureSteps steps;
  @Inject PlatformClock clock;
  @Inject RetentionRun retention;

  /** Returns "organisationId courseId cohortId". */
  @Transactional
  public String arrange(String prefix, List<String[]> people) {
    long organisationId =
        directory.ensureOrganisation(prefix + "-org", "Privacy IT " + prefix, "da", false).getId();
    Course course =
        em.createQuery(
                "select c from Course c where c.publishedVersion > 0 order by c.id", Course.class)
            .setMaxResults(1)
            .getSingleResult();
    Cohort cohort = new Cohort(organisationId, "Hold " + prefix, null, clock.now());
    em.persist(cohort);
    em.flush();
    for (String[] person : people) {
      if (person.length > 3 && person[3].equals("admin")) {
        directory.create(
            person[0], person[1], person[2], organisationId, "tegn-demo", List.of(Role.ADMIN));
        continue;
      }
      Account account =
          directory.create(
              person[0], person[1], person[2], organisationId, "tegn-demo", List.of(Role.TRAINEE));
      cohorts.join(cohort, account.getId());
      Enrolment enrolment = enrolments.record(account.getId(), course, null, null, clock.now());
      if (person.length > 3 && person[3].equals("complete")) {
        enrolment.complete(clock.now(), null);
        changes.publish(enrolment);
        em.flush();
        certificates.issue(
            new CourseCompleted(
                account.getId(), course.getId(), enrolment.getId(), enrolment.getVersionNumber()));
        registrations.invite(directory.account(account.getId()));
      }
    }
    return organisationId + " " + course.getId() + " " + cohort.getId();
  }

  /** An administrator of an organisation of their own; returns the username. */
  @Transactional
  public String outsider(String prefix) {
    long organisationId =
        directory
            .ensureOrganisation(prefix + "-other", "Privacy IT other " + prefix, "da", false)
            .getId();
    return directory
        .create(
            prefix + "-outsider",
            "Outsider " + prefix,
            prefix + "-outsider@privacy-it.tegn.dk",
            organisationId,
            "tegn-demo",
            List.of(Role.ADMIN))
        .getUsername();
  }

  /** The organisation's retention rule: learners inactive for {@code months} are anonymised. */
  @Transactional
  public void retention(long organisationId, int months) {
    RetentionPolicy policy = em.find(RetentionPolicy.class, organisationId);
    if (policy == null) {
      policy = new RetentionPolicy(organisationId);
      em.persist(policy);
    }
    policy.inactiveFor(months);
  }

  /**
   * Makes the account look as if it last signed in {@code signedInDaysAgo} days ago and was warned
   * {@code warnedDaysAgo} days ago (negative: never).
   */
  @Transactional
  public void age(long accountId, int signedInDaysAgo, int warnedDaysAgo) {
    Instant now = clock.now();
    em.createNativeQuery(
            "update plt_account set created_at = ?, last_signed_in_at = ?,"
                + " retention_warned_at = ? where id = ?")
        .setParameter(1, now.minus(Duration.ofDays(signedInDaysAgo + 1L)))
        .setParameter(2, now.minus(Duration.ofDays(signedInDaysAgo)))
        .setParameter(3, warnedDaysAgo < 0 ? null : now.minus(Duration.ofDays(warnedDaysAgo)))
        .setParameter(4, accountId)
        .executeUpdate();
  }

  /** One pass of the scheduled retention job, as its timer runs it. */
  public String retentionRun() {
    return retention.run().toString();
  }

  /** Begins an erasure and runs only the first module's step, as if the server had stopped. */
  public String eraseFirstStepOnly(long accountId) {
    long erasureId = steps.begin(accountId, null, ErasureReason.REQUEST);
    PrivacyProvider first = erasures.providers().get(0);
    steps.step(erasureId, first, erasures.person(accountId));
    return first.declaration().module();
  }

  /** Runs (or resumes) the erasure; returns its modules done, comma-separated, and its state. */
  public String erase(long accountId) {
    ErasureStatus erasure = erasures.erase(accountId, null, ErasureReason.REQUEST);
    return String.join(",", erasure.modulesDone())
        + (erasure.isComplete() ? " complete" : " unfinished");
  }

  public long account(String username) {
    return directory.findByUsername(username).orElseThrow().getId();
  }
}
