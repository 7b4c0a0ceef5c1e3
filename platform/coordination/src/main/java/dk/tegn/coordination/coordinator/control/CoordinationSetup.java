package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.entity.Assignment;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.courses.course.entity.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Trusted set-up for the demo: cohorts, their members and assignments, registration domains. */
@ApplicationScoped
@Transactional
public class CoordinationSetup {

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject Cohorts cohorts;
  @Inject Assignments assignments;
  @Inject CourseFacts courseFacts;
  @Inject Registrations registrations;

  /**
   * The cohort with these members; every published course for the audience that is visible to the
   * organisation is assigned to it once, due {@code dueInDays} from today (negative: overdue).
   */
  public long ensureCohort(
      long organisationId, String name, List<Long> members, Audience audience, int dueInDays) {
    Cohort cohort =
        em.createNamedQuery("Cohort.findByName", Cohort.class)
            .setParameter("organisationId", organisationId)
            .setParameter("name", name)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Cohort c = new Cohort(organisationId, name, null, clock.now());
                  em.persist(c);
                  em.flush();
                  return c;
                });
    LocalDate due = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).plusDays(dueInDays);
    Set<Long> forAudience = courseFacts.forAudience(audience.name());
    for (long course : courseFacts.published("da", 50).keySet()) {
      if (!forAudience.contains(course)) {
        continue;
      }
      boolean assigned =
          em.createNamedQuery("Assignment.findByCohortAndCourse", Assignment.class)
              .setParameter("cohortId", cohort.getId())
              .setParameter("courseId", course)
              .getResultStream()
              .findFirst()
              .isPresent();
      if (!assigned) {
        em.persist(
            Assignment.toCohort(organisationId, course, cohort.getId(), due, null, clock.now()));
        em.flush();
      }
    }
    List<Assignment> assigned =
        em.createNamedQuery("Assignment.findByCohort", Assignment.class)
            .setParameter("cohortId", cohort.getId())
            .getResultList();
    for (long member : members) {
      cohorts.join(cohort, member);
      // the demo keeps its first due dates, so the autumn cohort stays overdue to show reminders
      for (Assignment a : assigned) {
        assignments.enrol(member, a.getCourseId(), a.getDueOn(), null);
      }
    }
    return cohort.getId();
  }

  public void allowRegistration(long organisationId, String domain, long cohortId) {
    registrations.allowDomain(organisationId, domain, false, cohortId);
  }
}
