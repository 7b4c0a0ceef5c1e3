package dk.tegn.courses.enrolment.control;

import dk.tegn.courses.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Enrolment figures for a report, aggregated here (only sums and at most a page of facts leave):
 * what coordination's dashboard shows when it is limited to dates, which its counters cannot
 * answer, and its lists of people. A {@link Scope} says whose enrolments: the people of some
 * organisations (core's shared accounts, joined in JPQL), of one course or a few, or some people by
 * id (a cohort's members, which only coordination knows). Indexes: courses' V2 (person report,
 * completions per day, expiry report) and ix_crs_enrolment_due.
 */
@ApplicationScoped
@Transactional
public class EnrolmentFigures {

  /**
   * Whose enrolments a figure counts.
   *
   * @param organisations the people's organisations; empty: every organisation
   * @param courses the courses; null: every course
   * @param people the people by account id; null: everyone in the organisations
   * @param enrolledFrom enrolled at or after; null: any time
   * @param enrolledBefore enrolled before; null: any time
   */
  public record Scope(
      Optional<Set<Long>> organisations,
      Set<Long> courses,
      Collection<Long> people,
      Instant enrolledFrom,
      Instant enrolledBefore) {

    /** Whether the scope can hold nothing at all (an empty set of something). */
    boolean empty() {
      return organisations.map(Set::isEmpty).orElse(false)
          || (courses != null && courses.isEmpty())
          || (people != null && people.isEmpty());
    }
  }

  /** Status counts of one course: not started, in progress, completed, overdue (as of a day). */
  public record Status(
      long courseId, long notStarted, long inProgress, long completed, long overdue) {}

  private static final String OPEN =
      "e.completedAt is null and (e.dueOn is null or e.dueOn >= :today)";

  @PersistenceContext EntityManager em;

  /** Active enrolments in scope per course, by status as of {@code today}. */
  public List<Status> statusByCourse(Scope scope, LocalDate today) {
    if (scope.empty()) {
      return List.of();
    }
    Query q =
        new Query(
            scope,
            true,
            "select e.courseId, sum(case when "
                + OPEN
                + " and e.startedAt is null then 1 else 0 end), sum(case when "
                + OPEN
                + " and e.startedAt is not null then 1 else 0 end),"
                + " sum(case when e.completedAt is not null then 1 else 0 end),"
                + " sum(case when e.completedAt is null and e.dueOn < :today then 1 else 0 end)");
    List<Status> status = new ArrayList<>();
    for (Object[] r :
        q.typed(" group by e.courseId order by e.courseId", Object[].class)
            .setParameter("today", today)
            .getResultList()) {
      status.add(new Status(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4])));
    }
    return status;
  }

  /** Completions per day from {@code from} until before {@code until}, closed enrolments too. */
  public Map<LocalDate, Long> completionsPerDay(Scope scope, Instant from, Instant until) {
    Map<LocalDate, Long> days = new TreeMap<>();
    if (scope.empty()) {
      return days;
    }
    Query q =
        new Query(scope, false, "select function('DATE', e.completedAt), count(e)")
            .where("e.completedAt >= :from and e.completedAt < :until");
    for (Object[] r :
        q.typed(" group by function('DATE', e.completedAt)", Object[].class)
            .setParameter("from", from)
            .setParameter("until", until)
            .getResultList()) {
      days.put(date(r[0]), n(r[1]));
    }
    return days;
  }

  /** Certificates of active enrolments expiring after {@code now}: within 30, 60 and 90 days. */
  public long[] expiringWithin(Scope scope, Instant now, Instant in30, Instant in60, Instant in90) {
    if (scope.empty()) {
      return new long[3];
    }
    Query q =
        new Query(
                scope,
                true,
                "select sum(case when e.expiresAt <= :in30 then 1 else 0 end),"
                    + " sum(case when e.expiresAt <= :in60 then 1 else 0 end), count(e)")
            .where("e.completedAt is not null and e.expiresAt > :now and e.expiresAt <= :in90");
    Object[] r =
        q.typed("", Object[].class)
            .setParameter("now", now)
            .setParameter("in30", in30)
            .setParameter("in60", in60)
            .setParameter("in90", in90)
            .getSingleResult();
    return new long[] {n(r[0]), n(r[1]), n(r[2])};
  }

  /** Overdue as of {@code today}, longest overdue first, at most {@code max}. */
  public List<EnrolmentFact> overdue(Scope scope, LocalDate today, @Min(1) @Max(1000) int max) {
    if (scope.empty()) {
      return List.of();
    }
    return new Query(scope, true, "select e")
        .where("e.completedAt is null and e.dueOn < :today")
        .typed(" order by e.dueOn, e.id", Enrolment.class)
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultStream()
        .map(EnrolmentFact::of)
        .toList();
  }

  /**
   * Certificates expiring after {@code now} and by {@code until}, soonest first, at most {@code
   * max}: in the order of ix_crs_enrolment_expiry_report, read in index order and stopped at max.
   */
  public List<EnrolmentFact> expiring(
      Scope scope, Instant now, Instant until, @Min(1) @Max(1000) int max) {
    if (scope.empty()) {
      return List.of();
    }
    return new Query(scope, true, "select e")
        .where("e.completedAt is not null and e.expiresAt > :now and e.expiresAt <= :until")
        .typed(
            " order by e.expiresAt, e.completedAt, e.courseId, e.accountId, e.id", Enrolment.class)
        .setParameter("now", now)
        .setParameter("until", until)
        .setMaxResults(max)
        .getResultStream()
        .map(EnrolmentFact::of)
        .toList();
  }

  /** A JPQL query over the enrolments of a scope (alias e, the person as a when needed). */
  private final class Query {
    final Scope scope;
    final StringBuilder jpql;

    Query(Scope scope, boolean activeOnly, String select) {
      this.scope = scope;
      boolean joinAccount = scope.organisations().isPresent();
      jpql =
          new StringBuilder(select)
              .append(" from Enrolment e")
              .append(joinAccount ? ", Account a" : "")
              .append(" where ")
              .append(activeOnly ? "e.active = true" : "e.id is not null");
      if (joinAccount) {
        jpql.append(" and a.id = e.accountId and a.organisation.id in :organisations");
      }
      if (scope.courses() != null) {
        jpql.append(" and e.courseId in :courses");
      }
      if (scope.people() != null) {
        jpql.append(" and e.accountId in :people");
      }
      if (scope.enrolledFrom() != null) {
        jpql.append(" and e.enrolledAt >= :enrolledFrom");
      }
      if (scope.enrolledBefore() != null) {
        jpql.append(" and e.enrolledAt < :enrolledBefore");
      }
    }

    Query where(String condition) {
      jpql.append(" and ").append(condition);
      return this;
    }

    <T> TypedQuery<T> typed(String rest, Class<T> type) {
      TypedQuery<T> q = em.createQuery(jpql + rest, type);
      scope.organisations().ifPresent(o -> q.setParameter("organisations", o));
      if (scope.courses() != null) {
        q.setParameter("courses", scope.courses());
      }
      if (scope.people() != null) {
        q.setParameter("people", scope.people());
      }
      if (scope.enrolledFrom() != null) {
        q.setParameter("enrolledFrom", scope.enrolledFrom());
      }
      if (scope.enrolledBefore() != null) {
        q.setParameter("enrolledBefore", scope.enrolledBefore());
      }
      return q;
    }
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    return (LocalDate) value;
  }
}
