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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;

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
  @Inject CohortMembers members;

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
   * The enrolments a filter covers, as courses' scope, but for the cohort: the organisations in the
   * caller's scope, the course or the audience's courses; the filter's dates limit the enrolment
   * date when {@code withDates}. The cohort's members are added a page at a time by {@link
   * #figures}.
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
        null,
        withDates && filter.getFrom() != null ? start(filter.getFrom()) : null,
        withDates && filter.getTo() != null ? start(filter.getTo().plusDays(1)) : null);
  }

  /**
   * A figure of the enrolments a filter covers: asked of courses once, or with a cohort once per
   * page of its members ({@link #overMembers}), the pages' answers merged.
   */
  <T> T figures(
      ReportFilter filter,
      boolean withDates,
      Function<EnrolmentFigures.Scope, T> ask,
      BinaryOperator<T> merge) {
    return figures(enrolments(filter, withDates), filter.getCohortId(), ask, merge);
  }

  /** A figure of {@code scope}'s enrolments limited to a cohort's members (null: no cohort). */
  <T> T figures(
      EnrolmentFigures.Scope scope,
      Long cohortId,
      Function<EnrolmentFigures.Scope, T> ask,
      BinaryOperator<T> merge) {
    return overMembers(
        cohortId,
        people ->
            ask.apply(
                new EnrolmentFigures.Scope(
                    scope.organisations(),
                    scope.courses(),
                    people,
                    scope.enrolledFrom(),
                    scope.enrolledBefore())),
        merge);
  }

  /**
   * Asks another module a question about people once: for everyone (people null) without a cohort,
   * else once per page of the cohort's members ({@link CohortMembers#overPages}), and merges the
   * answers. Every figure asked this way is a sum over people or a list in an order of their
   * enrolments, so the pages merge exactly.
   */
  <T> T overMembers(Long cohortId, Function<List<Long>, T> ask, BinaryOperator<T> merge) {
    return cohortId == null ? ask.apply(null) : members.overPages(cohortId, ask, merge);
  }

  /** Two pages' status counts, per course in course order. */
  static List<EnrolmentFigures.Status> add(
      List<EnrolmentFigures.Status> a, List<EnrolmentFigures.Status> b) {
    Map<Long, EnrolmentFigures.Status> sum = new TreeMap<>();
    for (EnrolmentFigures.Status s : a) {
      sum.put(s.courseId(), s);
    }
    for (EnrolmentFigures.Status s : b) {
      sum.merge(
          s.courseId(),
          s,
          (x, y) ->
              new EnrolmentFigures.Status(
                  x.courseId(),
                  x.notStarted() + y.notStarted(),
                  x.inProgress() + y.inProgress(),
                  x.completed() + y.completed(),
                  x.overdue() + y.overdue()));
    }
    return List.copyOf(sum.values());
  }

  /** Two pages' counts per key (a day, say). */
  static <K> Map<K, Long> add(Map<K, Long> a, Map<K, Long> b) {
    Map<K, Long> sum = new TreeMap<>(a);
    b.forEach((k, n) -> sum.merge(k, n, Long::sum));
    return sum;
  }

  /** Two pages' counts, element by element. */
  static long[] add(long[] a, long[] b) {
    long[] sum = a.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += b[i];
    }
    return sum;
  }

  /** Two pages' rows, one after the other. */
  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  /** Two pages' lists, each in {@code order}: the first {@code max} of both, in that order. */
  static <T> BinaryOperator<List<T>> firstOf(Comparator<? super T> order, int max) {
    return (a, b) -> {
      List<T> both = concat(a, b);
      both.sort(order);
      return List.copyOf(both.subList(0, Math.min(max, both.size())));
    };
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
