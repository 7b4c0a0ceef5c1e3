package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coordinator's figures. Status follows the courses module's rule: completed; overdue (not
 * completed, due date passed); in progress (started); not started.
 *
 * <p>Status counts and quiz results come from counters that {@link CompletionCounters} keeps in the
 * same transaction as every enrolment, attempt, cohort membership or organisation change, from the
 * facts courses, assessments and core publish (coordination's V2 made the tables, V4 gave them the
 * crd_ prefix), so a whole country's figures are a sum over a few thousand rows:
 * crd_completion_count (active enrolments per cohort, person's organisation, course and status;
 * cohort 0 = everyone), crd_completion_due (those not completed, per due date, to count the overdue
 * as of today) and crd_quiz_count. The counters know no enrolment or submission date, so a report
 * limited to dates aggregates the enrolments and attempts live instead, as the chart and the lists
 * of people always do. Course titles, audiences and which course uses which quiz come from the
 * courses module ({@link CourseFacts}).
 *
 * <p>Indexes of the live queries: plt_account (organisation_id, display_name) for the scope,
 * crs_enrolment (account_id, active, course_id, completed_at, due_on, started_at, expires_at) for
 * an organisation's enrolments, (active, completed_at, due_on) for the overdue in order,
 * (completed_at, course_id, account_id) for the chart, (active, expires_at, completed_at,
 * course_id, account_id) for expiring certificates, crd_cohort_member (cohort_id, account_id) for a
 * cohort. A table is joined only when a condition or a column needs it: a join that filters nothing
 * still costs a lookup per enrolment and misleads the optimiser (ops/BENCHMARKS.md, dashboard).
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

  /** Counter rows of not started, started and completed enrolments (alias k). */
  private static final String COUNTED_SUMS =
      "SUM(CASE WHEN k.status = 'N' THEN k.n ELSE 0 END),"
          + " SUM(CASE WHEN k.status = 'S' THEN k.n ELSE 0 END),"
          + " SUM(CASE WHEN k.status = 'C' THEN k.n ELSE 0 END)";

  @PersistenceContext EntityManager em;
  @Inject CoordinationScope scope;
  @Inject PlatformClock clock;
  @Inject CourseFacts courses;

  /** Completion per course. */
  public List<Figures> perCourse(ReportFilter filter, String language) {
    return hasDates(filter)
        ? perCourseLive(filter, language)
        : countedFigures(filter, false, language);
  }

  /** Completion per cohort and course. */
  public List<Figures> perCohort(ReportFilter filter, String language) {
    return hasDates(filter)
        ? perCohortLive(filter, language)
        : countedFigures(filter, true, language);
  }

  /**
   * Status counts from the counters: totals per status, minus those of them due before today, which
   * are the overdue.
   */
  private List<Figures> countedFigures(ReportFilter filter, boolean perCohort, String language) {
    Optional<Set<Long>> organisations = scopeOf(filter);
    String groups = perCohort ? "h.id, h.name, k.course_id" : "k.course_id";
    Sql totals =
        counters(filter, organisations, "crd_completion_count k", "k.course_id", perCohort);
    List<Object[]> rows =
        totals.query(
            "SELECT "
                + groups
                + ", "
                + COUNTED_SUMS
                + totals.from()
                + " GROUP BY "
                + groups
                + " HAVING SUM(k.n) <> 0 ORDER BY "
                + (perCohort ? "h.name, h.id, k.course_id" : "k.course_id"));
    Sql due = counters(filter, organisations, "crd_completion_due k", "k.course_id", perCohort);
    due.where.append(" AND k.due_on < ").append(due.param(today()));
    String dueGroups = perCohort ? "k.cohort_id, k.course_id" : "k.course_id";
    Map<List<Long>, long[]> overdue = new HashMap<>();
    for (Object[] r :
        due.query(
            "SELECT "
                + dueGroups
                + ", SUM(CASE WHEN k.status = 'N' THEN k.n ELSE 0 END),"
                + " SUM(CASE WHEN k.status = 'S' THEN k.n ELSE 0 END)"
                + due.from()
                + " GROUP BY "
                + dueGroups)) {
      int at = perCohort ? 1 : 0;
      overdue.put(
          List.of(perCohort ? n(r[0]) : 0L, n(r[at])), new long[] {n(r[at + 1]), n(r[at + 2])});
    }
    Titles titles = new Titles(language, rows, perCohort ? 2 : 0);
    List<Figures> figures = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      int at = perCohort ? 2 : 0;
      Long cohortId = perCohort ? n(r[0]) : null;
      long course = n(r[at]);
      long[] late =
          overdue.getOrDefault(
              List.of(cohortId == null ? 0L : cohortId, course), new long[] {0, 0});
      figures.add(
          new Figures(
              cohortId,
              perCohort ? (String) r[1] : null,
              course,
              titles.of(course),
              n(r[at + 1]) - late[0],
              n(r[at + 2]) - late[1],
              n(r[at + 3]),
              late[0] + late[1]));
    }
    return figures;
  }

  /**
   * Rows of a counter table (alias k) in the filter's scope; per cohort with the cohort as h,
   * otherwise the rows of the filter's cohort or of everyone (cohort 0).
   */
  private Sql counters(
      ReportFilter filter,
      Optional<Set<Long>> organisations,
      String table,
      String courseColumn,
      boolean perCohort) {
    Sql sql = new Sql(organisations, table);
    if (perCohort) {
      sql.joins.append(" JOIN crd_cohort h ON h.id = k.cohort_id");
      sql.where
          .append(" WHERE k.cohort_id <> 0 AND ")
          .append(CoordinationScope.sqlIn("h.organisation_id", organisations));
      if (filter.getCohortId() != null) {
        sql.where.append(" AND k.cohort_id = ").append(sql.param(filter.getCohortId()));
      }
    } else {
      sql.where
          .append(" WHERE k.cohort_id = ")
          .append(sql.param(filter.getCohortId() == null ? 0L : filter.getCohortId()));
    }
    sql.where.append(" AND ").append(CoordinationScope.sqlIn("k.organisation_id", organisations));
    if (filter.getCourseId() != null) {
      sql.where
          .append(" AND ")
          .append(courseColumn)
          .append(" = ")
          .append(sql.param(filter.getCourseId()));
    }
    if (filter.getAudience() != null) {
      sql.where.append(" AND ").append(inAudience(courseColumn, filter.getAudience()));
    }
    return sql;
  }

  /**
   * The condition that a course column names a course for the audience: the ids come from courses
   * (a handful), so no query of this module joins a table of theirs.
   */
  private String inAudience(String courseColumn, String audience) {
    return CoordinationScope.sqlIn(courseColumn, Optional.of(courses.forAudience(audience)));
  }

  private List<Figures> perCourseLive(ReportFilter filter, String language) {
    Sql sql = base(filter, "e.enrolled_at");
    List<Object[]> rows =
        sql.query(
            "SELECT e.course_id, "
                + STATUS_SUMS
                + sql.from()
                + " GROUP BY e.course_id ORDER BY e.course_id");
    Titles titles = new Titles(language, rows, 0);
    return rows.stream()
        .map(
            r ->
                new Figures(
                    null, null, n(r[0]), titles.of(n(r[0])), n(r[1]), n(r[2]), n(r[3]), n(r[4])))
        .toList();
  }

  private List<Figures> perCohortLive(ReportFilter filter, String language) {
    Sql sql = base(filter, "e.enrolled_at");
    sql.joins
        .append(" JOIN crd_cohort_member cm ON cm.account_id = e.account_id")
        .append(" JOIN crd_cohort h ON h.id = cm.cohort_id");
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
    Titles titles = new Titles(language, rows, 2);
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

  /**
   * Pass rate and average score of graded attempts at each course's quizzes: attempts are summed
   * per quiz and context here. An attempt taken in a course (its context, the course id) counts for
   * that course only; one taken outside a course (context 0: by the quiz's address, or before
   * attempts had a context) counts for every course the courses module says uses the quiz.
   */
  public List<Figures.Quiz> quizzes(ReportFilter filter, String language) {
    List<Object[]> perQuiz = hasDates(filter) ? quizzesLive(filter) : quizzesCounted(filter);
    Set<Long> audience =
        filter.getAudience() == null ? null : courses.forAudience(filter.getAudience());
    Map<Long, List<Long>> coursesOfQuiz = new HashMap<>();
    for (CourseFacts.QuizPlace place : courses.quizPlaces()) {
      if ((filter.getCourseId() == null || filter.getCourseId() == place.courseId())
          && (audience == null || audience.contains(place.courseId()))) {
        coursesOfQuiz.computeIfAbsent(place.quizId(), q -> new ArrayList<>()).add(place.courseId());
      }
    }
    // attempts, passed, sum of scores per course
    Map<Long, long[]> perCourse = new TreeMap<>();
    for (Object[] r : perQuiz) {
      long context = n(r[1]);
      for (long course : coursesOfQuiz.getOrDefault(n(r[0]), List.of())) {
        if (context != 0 && context != course) {
          continue;
        }
        long[] sums = perCourse.computeIfAbsent(course, c -> new long[3]);
        sums[0] += n(r[2]);
        sums[1] += n(r[3]);
        sums[2] += n(r[4]);
      }
    }
    perCourse.values().removeIf(sums -> sums[0] == 0);
    Map<Long, String> titles = courses.titles(perCourse.keySet(), language);
    return perCourse.entrySet().stream()
        .map(
            e ->
                new Figures.Quiz(
                    e.getKey(),
                    titles.getOrDefault(e.getKey(), String.valueOf(e.getKey())),
                    e.getValue()[0],
                    e.getValue()[1],
                    (double) e.getValue()[2] / e.getValue()[0]))
        .toList();
  }

  /** Per quiz and context: graded attempts, passed, sum of scores, from the counters. */
  private List<Object[]> quizzesCounted(ReportFilter filter) {
    Sql sql =
        counters(
            ReportFilter.of(filter.getOrganisationId(), null, filter.getCohortId()),
            scopeOf(filter),
            "crd_quiz_count k",
            null,
            false);
    return sql.query(
        "SELECT k.quiz_id, k.context_id, SUM(k.attempts), SUM(k.passed), SUM(k.score_sum)"
            + sql.from()
            + " GROUP BY k.quiz_id, k.context_id");
  }

  /**
   * Per quiz and context: graded attempts, passed, sum of scores, submitted in the filter's dates.
   */
  private List<Object[]> quizzesLive(ReportFilter filter) {
    Sql sql = new Sql(scopeOf(filter), "asm_attempt t");
    StringBuilder q =
        new StringBuilder(
            "SELECT t.quiz_id, t.context_id, COUNT(*),"
                + " SUM(CASE WHEN t.passed THEN 1 ELSE 0 END),"
                + " SUM(t.score_percent) FROM asm_attempt t");
    if (sql.scope.isPresent()) {
      q.append(" JOIN plt_account a ON a.id = t.learner_id");
    }
    if (filter.getCohortId() != null) {
      q.append(" JOIN crd_cohort_member cm ON cm.account_id = t.learner_id AND cm.cohort_id = ")
          .append(sql.param(filter.getCohortId()));
    }
    q.append(" WHERE t.state = 'SUBMITTED' AND t.score_percent IS NOT NULL AND ")
        .append(CoordinationScope.sqlIn("a.organisation_id", sql.scope));
    if (filter.getFrom() != null) {
      q.append(" AND t.submitted_at >= ").append(sql.param(filter.getFrom().atStartOfDay()));
    }
    if (filter.getTo() != null) {
      q.append(" AND t.submitted_at < ")
          .append(sql.param(filter.getTo().plusDays(1).atStartOfDay()));
    }
    q.append(" GROUP BY t.quiz_id, t.context_id");
    return sql.query(q.toString());
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
        "(SELECT MAX(r.sent_on) FROM crd_reminder r WHERE r.enrolment_id = e.id AND r.kind = 'OVERDUE')",
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
        "(SELECT MAX(r.sent_on) FROM crd_reminder r WHERE r.enrolment_id = e.id AND r.kind = 'EXPIRING')",
        // the order of (active, expires_at, completed_at, course_id, account_id): read in index
        // order and stop at MAX_PEOPLE instead of sorting a country's expiring certificates
        "e.expires_at, e.completed_at, e.course_id, e.account_id, e.id",
        language);
  }

  private List<Figures.Person> people(
      Sql sql, String dateColumn, String lastReminded, String order, String language) {
    List<Object[]> rows =
        sql.query(
            "SELECT e.id, e.account_id, e.course_id, "
                + dateColumn
                + ", "
                + lastReminded
                + sql.from()
                + " ORDER BY "
                + order
                + " LIMIT "
                + MAX_PEOPLE);
    Titles titles = new Titles(language, rows, 2);
    Map<Long, Account> people = accounts(rows);
    List<Figures.Person> persons = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Account person = people.get(n(r[1]));
      if (person != null) {
        persons.add(
            new Figures.Person(
                n(r[0]),
                person.getDisplayName(),
                person.getEmail(),
                person.getOrganisation().getName(),
                titles.of(n(r[2])),
                date(r[3]),
                date(r[4])));
      }
    }
    return persons;
  }

  /**
   * The people a list names, with their organisations, in one query of core's accounts (at most
   * {@link #MAX_PEOPLE}), not a join of core's tables in this module's SQL.
   */
  private Map<Long, Account> accounts(List<Object[]> rows) {
    Set<Long> ids = new TreeSet<>();
    rows.forEach(r -> ids.add(n(r[1])));
    Map<Long, Account> accounts = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(
              "select a from Account a join fetch a.organisation where a.id in :ids", Account.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(a -> accounts.put(a.getId(), a));
    }
    return accounts;
  }

  /**
   * Courses people in the filter's organisations are enrolled in, for the filter's choices; a page
   * that has just read {@link #perCourse} for the organisations alone takes them from there.
   */
  public Map<Long, String> courses(ReportFilter filter, String language) {
    Sql sql =
        counters(
            ReportFilter.of(filter.getOrganisationId(), null, null),
            scope.narrowTo(filter.getOrganisationId()),
            "crd_completion_count k",
            "k.course_id",
            false);
    List<Object[]> rows =
        sql.query(
            "SELECT k.course_id"
                + sql.from()
                + " GROUP BY k.course_id HAVING SUM(k.n) <> 0 ORDER BY k.course_id");
    Titles titles = new Titles(language, rows, 0);
    Map<Long, String> courses = new LinkedHashMap<>();
    rows.forEach(r -> courses.put(n(r[0]), titles.of(n(r[0]))));
    return courses;
  }

  /** Whether the filter limits enrolments or attempts to dates, which the counters cannot. */
  public static boolean hasDates(ReportFilter filter) {
    return filter.getFrom() != null || filter.getTo() != null;
  }

  /** The enrolments in scope; {@code ?1} is today when the query counts statuses. */
  private Sql base(ReportFilter filter, String dateColumn) {
    return base(filter, dateColumn, true);
  }

  private Sql base(ReportFilter filter, String dateColumn, boolean withToday) {
    Optional<Set<Long>> organisations = scopeOf(filter);
    Sql sql = new Sql(organisations, "crs_enrolment e");
    if (withToday) {
      sql.param(today());
    }
    sql.where.append(" WHERE e.active = TRUE");
    if (organisations.isPresent()) {
      sql.joinAccount();
      sql.where.append(" AND ").append(CoordinationScope.sqlIn("a.organisation_id", organisations));
    }
    if (filter.getCourseId() != null) {
      sql.where.append(" AND e.course_id = ").append(sql.param(filter.getCourseId()));
    }
    if (filter.getCohortId() != null) {
      sql.joins
          .append(" JOIN crd_cohort_member fm ON fm.account_id = e.account_id AND fm.cohort_id = ")
          .append(sql.param(filter.getCohortId()));
    }
    if (filter.getAudience() != null) {
      sql.where.append(" AND ").append(inAudience("e.course_id", filter.getAudience()));
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
    final String table;
    final StringBuilder joins = new StringBuilder();
    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();
    private boolean account;

    Sql(Optional<Set<Long>> scope, String table) {
      this.scope = scope;
      this.table = table;
    }

    String param(Object value) {
      params.add(value);
      return "?" + params.size();
    }

    /** The enrolment's person as {@code a}, once. */
    void joinAccount() {
      if (!account) {
        joins.append(" JOIN plt_account a ON a.id = e.account_id");
        account = true;
      }
    }

    String from() {
      return " FROM " + table + joins + where;
    }

    String fromAnyEnrolment() {
      return " FROM " + table + joins + where.toString().replace("e.active = TRUE", "1 = 1");
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

  /** Titles in the caller's language of the courses a result names, from the courses module. */
  private final class Titles {
    final Map<Long, String> titles;

    Titles(String language, List<Object[]> rows, int courseColumn) {
      Set<Long> ids = new TreeSet<>();
      rows.forEach(r -> ids.add(n(r[courseColumn])));
      titles = courses.titles(ids, language);
    }

    String of(long courseId) {
      return titles.getOrDefault(courseId, String.valueOf(courseId));
    }
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
}
