package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.courses.enrolment.control.EnrolmentFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a report's filter covers, for the figures ({@link CompletionReport}) and the lists of people
 * ({@link PeopleToChase}) alike: the organisations in the caller's scope, the enrolments as
 * courses' scope, a cohort's members, today.
 */
@ApplicationScoped
public class ReportScope {

  @PersistenceContext EntityManager em;
  @Inject CoordinationScope scope;
  @Inject PlatformClock clock;
  @Inject CourseFacts courses;

  /**
   * The organisations a report covers; a cohort of an organisation the caller does not coordinate
   * is refused (403), not just left empty, so a changed id is noticed and audited.
   */
  Optional<Set<Long>> organisations(ReportFilter filter) {
    Optional<Set<Long>> organisations = scope.narrowTo(filter.getOrganisationId());
    if (filter.getCohortId() != null) {
      Cohort cohort = em.find(Cohort.class, filter.getCohortId());
      if (cohort == null) {
        throw new RecordNotFoundException("cohort", filter.getCohortId());
      }
      scope.require(cohort.getOrganisationId(), "coordination.report");
    }
    return organisations;
  }

  /**
   * The enrolments a filter covers, as courses' scope: the organisations in the caller's scope, the
   * course or the audience's courses, the cohort's members; the filter's dates limit the enrolment
   * date when {@code withDates}.
   */
  EnrolmentFigures.Scope enrolments(ReportFilter filter, boolean withDates) {
    Set<Long> inCourses = null;
    if (filter.getAudience() != null) {
      inCourses = new TreeSet<>(courses.forAudience(filter.getAudience()));
      if (filter.getCourseId() != null) {
        inCourses.retainAll(Set.of(filter.getCourseId()));
      }
    } else if (filter.getCourseId() != null) {
      inCourses = Set.of(filter.getCourseId());
    }
    return new EnrolmentFigures.Scope(
        organisations(filter),
        inCourses,
        members(filter.getCohortId()),
        withDates && filter.getFrom() != null ? start(filter.getFrom()) : null,
        withDates && filter.getTo() != null ? start(filter.getTo().plusDays(1)) : null);
  }

  /** A cohort's members by account id; null for no cohort. */
  List<Long> members(Long cohortId) {
    return cohortId == null
        ? null
        : em.createNamedQuery("CohortMember.findAccountIdsByCohort", Long.class)
            .setParameter("cohortId", cohortId)
            .getResultList();
  }

  /** Cohorts the caller may filter by. */
  public List<Cohort> cohorts(Long organisationId) {
    return scope.page(
        scope.narrowTo(organisationId),
        Cohort.class,
        "Cohort.findByOrganisations",
        "Cohort.findAll",
        0,
        1000);
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
