package dk.tegn.web.coordination.control;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.web.coordination.entity.Cohort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coordinator's figures, aggregated in SQL (GROUP BY over enrolments joined to the people of
 * the organisations in scope) so that no person is loaded to count them. Status follows the courses
 * module's rule: completed; overdue (not completed, due date passed); in progress (started); not
 * started.
 *
 * <p>Indexes used: plt_account (organisation_id, display_name) for the scope, crs_enrolment
 * (account_id, active, enrolled_at) to reach each person's enrolments, plt_cohort_member
 * (cohort_id, account_id) for a cohort, crs_completion (course_id, completed_at) for the chart,
 * asm_attempt (learner_id, quiz_id) for quiz results.
 */
@ApplicationScoped
@Transactional
public class CompletionReport {

  static final int MAX_PEOPLE = 500;

  private static final String STATUS_SUMS =
      "SUM(CASE WHEN e.completed_at IS NULL AND (e.due_on IS NULL OR e.due_on >= ?1)"
          + " AND e.started_at IS NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.completed_at IS NULL AND (e.due_on IS NULL OR e.due_on >= ?1)"
          + " AND e.started_at IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.completed_at IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.completed_at IS NULL AND e.due_on < ?1 THEN 1 ELSE 0 END)";

  @PersistenceContext EntityManager em;
  @Inject CoordinationScope scope;
  @Inject PlatformClock clock;

  /** Completion per course. */
  public List<Figures> perCourse(ReportFilter filter, String language) {
    Sql sql = base(filter, "e.enrolled_at");
    List<Object[]> rows =
        sql.query(
            "SELECT e.course_id, "
                + STATUS_SUMS
                + sql.from()
                + " GROUP BY e.course_id ORDER BY e.course_id");
    Titles titles = new Titles(language);
    return rows.stream()
        .map(
            r ->
                new Figures(
                    null, null, n(r[0]), titles.of(n(r[0])), n(r[1]), n(r[2]), n(r[3]), n(r[4])))
        .toList();
  }

  /** Completion per cohort and course. */
  public List<Figures> perCohort(ReportFilter filter, String language) {
    Sql sql = base(filter, "e.enrolled_at");
    sql.joins
        .append(" JOIN plt_cohort_member cm ON cm.account_id = e.account_id")
        .append(" JOIN plt_cohort h ON h.id = cm.cohort_id");
    if (filter.getCohortId() != null) {
      sql.where.append(" AND h.id = ").append(sql.param(filter.getCohortId()));
    }
    sql.where.append(" AND ").append(CoordinationScope.sqlIn("h.organisation_id", sql.scope));
    List<Object[]> rows =
        sql.query(
            "SELECT h.id, h.name, e.course_id, "
                + STATUS_SUMS
                + sql.from()
                + " GROUP BY h.id, h.name, e.course_id ORDER BY h.name, h.id, e.course_id");
    Titles titles = new Titles(language);
    return rows.stream()
        .map(
            r ->
                new Figures(
                    n(r[0]),
                    (String) r[1],
                    n(r[2]),
                    titles.of(n(r[2])),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    n(r[6])))
        .toList();
  }

  /** Completions per day in the filter's dates (default: the last 90 days). */
  public List<Figures.Day> overTime(ReportFilter filter) {
    LocalDate to = filter.getTo() != null ? filter.getTo() : today();
    LocalDate from = filter.getFrom() != null ? filter.getFrom() : to.minusDays(89);
    Sql sql = base(copyWithoutDates(filter), null, false);
    sql.where.append(" AND e.completed_at >= ").append(sql.param(from.atStartOfDay()));
    sql.where.append(" AND e.completed_at < ").append(sql.param(to.plusDays(1).atStartOfDay()));
    List<Object[]> rows =
        sql.query(
            "SELECT DATE(e.completed_at), COUNT(*)"
                + sql.fromAnyEnrolment()
                + " GROUP BY DATE(e.completed_at) ORDER BY 1");
    return rows.stream().map(r -> new Figures.Day(date(r[0]), n(r[1]))).toList();
  }

  /** Pass rate and average score of graded attempts at each course's quizzes. */
  public List<Figures.Quiz> quizzes(ReportFilter filter, String language) {
    Sql sql = new Sql(filter, scopeOf(filter));
    StringBuilder q =
        new StringBuilder(
            "SELECT qc.course_id, COUNT(*), SUM(CASE WHEN t.passed THEN 1 ELSE 0 END),"
                + " AVG(t.score_percent) FROM asm_attempt t"
                + " JOIN plt_account a ON a.id = t.learner_id"
                + " JOIN (SELECT DISTINCT md.course_id, i.quiz_id FROM crs_item i"
                + " JOIN crs_module md ON md.id = i.module_id WHERE i.quiz_id IS NOT NULL) qc"
                + " ON qc.quiz_id = t.quiz_id"
                + " JOIN crs_course c ON c.id = qc.course_id");
    if (filter.getCohortId() != null) {
      q.append(" JOIN plt_cohort_member cm ON cm.account_id = a.id AND cm.cohort_id = ")
          .append(sql.param(filter.getCohortId()));
    }
    q.append(" WHERE t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL AND ")
        .append(CoordinationScope.sqlIn("a.organisation_id", sql.scope));
    if (filter.getCourseId() != null) {
      q.append(" AND qc.course_id = ").append(sql.param(filter.getCourseId()));
    }
    if (filter.getAudience() != null) {
      q.append(" AND FIND_IN_SET(")
          .append(sql.param(filter.getAudience()))
          .append(", c.audiences) > 0");
    }
    if (filter.getFrom() != null) {
      q.append(" AND t.submitted_at >= ").append(sql.param(filter.getFrom().atStartOfDay()));
    }
    if (filter.getTo() != null) {
      q.append(" AND t.submitted_at < ")
          .append(sql.param(filter.getTo().plusDays(1).atStartOfDay()));
    }
    q.append(" GROUP BY qc.course_id ORDER BY qc.course_id");
    Titles titles = new Titles(language);
    return sql.query(q.toString()).stream()
        .map(
            r ->
                new Figures.Quiz(
                    n(r[0]),
                    titles.of(n(r[0])),
                    n(r[1]),
                    n(r[2]),
                    r[3] == null ? 0 : ((Number) r[3]).doubleValue()))
        .toList();
  }

  /** How many certificates of active enrolments expire within 30, 60 and 90 days. */
  public Figures.Expiring expiring(ReportFilter filter) {
    Sql sql = base(copyWithoutDates(filter), null, false);
    LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    String p30 = sql.param(now.plusDays(30));
    String p60 = sql.param(now.plusDays(60));
    String p90 = sql.param(now.plusDays(90));
    sql.where.append(" AND e.completed_at IS NOT NULL AND e.expires_at > ").append(sql.param(now));
    sql.where.append(" AND e.expires_at <= ").append(p90);
    List<Object[]> rows =
        sql.query(
            "SELECT SUM(CASE WHEN e.expires_at <= "
                + p30
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.expires_at <= "
                + p60
                + " THEN 1 ELSE 0 END), COUNT(*)"
                + sql.from());
    Object[] r = rows.isEmpty() ? new Object[3] : rows.get(0);
    return new Figures.Expiring(n(r[0]), n(r[1]), n(r[2]));
  }

  /**
   * People whose enrolment is overdue, longest overdue first, with when they were last reminded.
   */
  public List<Figures.Person> overdue(ReportFilter filter, String language) {
    Sql sql = base(filter, "e.enrolled_at");
    sql.where.append(" AND e.completed_at IS NULL AND e.due_on < ?1");
    return people(
        sql,
        "e.due_on",
        "(SELECT MAX(r.sent_on) FROM plt_reminder r WHERE r.enrolment_id = e.id AND r.kind = 'OVERDUE')",
        "e.due_on, e.id",
        language);
  }

  /** People whose certificate expires within 90 days, soonest first. */
  public List<Figures.Person> expiringPeople(ReportFilter filter, String language) {
    Sql sql = base(copyWithoutDates(filter), null, false);
    LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    sql.where.append(" AND e.completed_at IS NOT NULL AND e.expires_at > ").append(sql.param(now));
    sql.where.append(" AND e.expires_at <= ").append(sql.param(now.plusDays(90)));
    return people(
        sql,
        "e.expires_at",
        "(SELECT MAX(r.sent_on) FROM plt_reminder r WHERE r.enrolment_id = e.id AND r.kind = 'EXPIRING')",
        "e.expires_at, e.id",
        language);
  }

  private List<Figures.Person> people(
      Sql sql, String dateColumn, String lastReminded, String order, String language) {
    sql.joins.append(" JOIN plt_organisation o ON o.id = a.organisation_id");
    List<Object[]> rows =
        sql.query(
            "SELECT e.id, a.display_name, a.email, o.name, e.course_id, "
                + dateColumn
                + ", "
                + lastReminded
                + sql.from()
                + " ORDER BY "
                + order
                + " LIMIT "
                + MAX_PEOPLE);
    Titles titles = new Titles(language);
    return rows.stream()
        .map(
            r ->
                new Figures.Person(
                    n(r[0]),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    titles.of(n(r[4])),
                    date(r[5]),
                    date(r[6])))
        .toList();
  }

  /** Courses people in scope are enrolled in, for the filter's choices. */
  public Map<Long, String> courses(ReportFilter filter, String language) {
    Map<Long, String> courses = new java.util.LinkedHashMap<>();
    perCourse(ReportFilter.of(filter.getOrganisationId(), null, null), language)
        .forEach(f -> courses.put(f.getCourseId(), f.getCourse()));
    return courses;
  }

  /** The enrolments in scope; {@code ?1} is today when the query counts statuses. */
  private Sql base(ReportFilter filter, String dateColumn) {
    return base(filter, dateColumn, true);
  }

  private Sql base(ReportFilter filter, String dateColumn, boolean withToday) {
    Optional<Set<Long>> organisations = scopeOf(filter);
    Sql sql = new Sql(filter, organisations);
    if (withToday) {
      sql.param(today());
    }
    sql.joins.append(" JOIN plt_account a ON a.id = e.account_id");
    sql.joins.append(" JOIN crs_course c ON c.id = e.course_id");
    sql.where
        .append(" WHERE e.active = TRUE AND ")
        .append(CoordinationScope.sqlIn("a.organisation_id", organisations));
    if (filter.getCourseId() != null) {
      sql.where.append(" AND e.course_id = ").append(sql.param(filter.getCourseId()));
    }
    if (filter.getCohortId() != null) {
      sql.joins
          .append(" JOIN plt_cohort_member fm ON fm.account_id = e.account_id AND fm.cohort_id = ")
          .append(sql.param(filter.getCohortId()));
    }
    if (filter.getAudience() != null) {
      sql.where
          .append(" AND FIND_IN_SET(")
          .append(sql.param(filter.getAudience()))
          .append(", c.audiences) > 0");
    }
    if (dateColumn != null && filter.getFrom() != null) {
      sql.where
          .append(" AND ")
          .append(dateColumn)
          .append(" >= ")
          .append(sql.param(filter.getFrom().atStartOfDay()));
    }
    if (dateColumn != null && filter.getTo() != null) {
      sql.where
          .append(" AND ")
          .append(dateColumn)
          .append(" < ")
          .append(sql.param(filter.getTo().plusDays(1).atStartOfDay()));
    }
    return sql;
  }

  /**
   * The organisations a report covers; a cohort of an organisation the caller does not coordinate
   * is refused (403), not just left empty, so a changed id is noticed and audited.
   */
  private Optional<Set<Long>> scopeOf(ReportFilter filter) {
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

  private static ReportFilter copyWithoutDates(ReportFilter filter) {
    ReportFilter f =
        ReportFilter.of(filter.getOrganisationId(), filter.getCourseId(), filter.getCohortId());
    f.setAudience(filter.getAudience());
    return f;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    return (LocalDate) value;
  }

  /** A native query under construction with numbered parameters. */
  private final class Sql {
    final Optional<Set<Long>> scope;
    final StringBuilder joins = new StringBuilder();
    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    Sql(ReportFilter filter, Optional<Set<Long>> scope) {
      this.scope = scope;
    }

    String param(Object value) {
      params.add(value);
      return "?" + params.size();
    }

    String from() {
      return " FROM crs_enrolment e" + joins + where;
    }

    String fromAnyEnrolment() {
      return " FROM crs_enrolment e" + joins + where.toString().replace("e.active = TRUE AND ", "");
    }

    @SuppressWarnings("unchecked")
    List<Object[]> query(String statement) {
      Query query = em.createNativeQuery(statement);
      for (int i = 0; i < params.size(); i++) {
        query.setParameter(i + 1, params.get(i));
      }
      List<?> rows = query.getResultList();
      List<Object[]> result = new ArrayList<>(rows.size());
      for (Object row : rows) {
        result.add(row instanceof Object[] array ? array : new Object[] {row});
      }
      return result;
    }
  }

  /** Course titles in the caller's language, looked up once per course. */
  private final class Titles {
    final String language;
    final Map<Long, String> cache = new HashMap<>();

    Titles(String language) {
      this.language = language;
    }

    String of(long courseId) {
      return cache.computeIfAbsent(
          courseId,
          id -> {
            Course course = em.find(Course.class, id);
            return course == null ? String.valueOf(id) : course.getTitle().resolve(language, "da");
          });
    }
  }

  /** Cohorts the caller may filter by. */
  public List<Cohort> cohorts(Long organisationId) {
    Optional<Set<Long>> organisations = scope.narrowTo(organisationId);
    return organisations
        .map(
            ids ->
                ids.isEmpty()
                    ? List.<Cohort>of()
                    : em.createNamedQuery("Cohort.findByOrganisations", Cohort.class)
                        .setParameter("organisationIds", ids)
                        .setMaxResults(1000)
                        .getResultList())
        .orElseGet(
            () ->
                em.createNamedQuery("Cohort.findAll", Cohort.class)
                    .setMaxResults(1000)
                    .getResultList());
  }
}
