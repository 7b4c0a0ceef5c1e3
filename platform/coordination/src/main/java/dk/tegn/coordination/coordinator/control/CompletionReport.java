package dk.tegn.coordination.coordinator.control;

import dk.tegn.assessments.attempt.control.GradedAttempts;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.courses.enrolment.control.EnrolmentFact;
import dk.tegn.courses.enrolment.control.EnrolmentFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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
 * limited to dates asks the owners instead, as the chart and the lists of people always do:
 * courses' {@link EnrolmentFigures} (sums per course, completions per day, expiring counts, a page
 * of overdue or expiring enrolments) and assessments' {@link GradedAttempts#perQuiz}, each given
 * the organisations in scope and, for a cohort, its members' ids; the date-limited table per cohort
 * asks once per cohort. Names come from core's accounts, course titles, audiences and which course
 * uses which quiz from courses ({@link CourseFacts}); no query of this module names another's
 * table. Those modules' queries join core's account only when an organisation limits them, and read
 * courses' report indexes (courses V2): a join that filters nothing still costs a lookup per
 * enrolment and misleads the optimiser (ops/BENCHMARKS.md, dashboard).
 */
@ApplicationScoped
@Transactional
public class CompletionReport {

  static final int MAX_PEOPLE = 500;

  private static final int COHORT_PAGE = 1000;

  /** Counter rows of not started, started and completed enrolments (alias k). */
  private static final String COUNTED_SUMS =
      "SUM(CASE WHEN k.status = 'N' THEN k.n ELSE 0 END),"
          + " SUM(CASE WHEN k.status = 'S' THEN k.n ELSE 0 END),"
          + " SUM(CASE WHEN k.status = 'C' THEN k.n ELSE 0 END)";

  @PersistenceContext EntityManager em;
  @Inject CoordinationScope scope;
  @Inject PlatformClock clock;
  @Inject CourseFacts courses;
  @Inject EnrolmentFigures figures;
  @Inject GradedAttempts attempts;

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
    List<EnrolmentFigures.Status> rows = figures.statusByCourse(enrolments(filter, true), today());
    Map<Long, String> titles =
        courses.titles(rows.stream().map(EnrolmentFigures.Status::courseId).toList(), language);
    return rows.stream().map(r -> figures(null, null, r, titles)).toList();
  }

  /**
   * Per cohort, the figures of its members' enrolments: one question to courses per cohort in scope
   * (courses cannot join this module's memberships, so the members go as ids).
   */
  private List<Figures> perCohortLive(ReportFilter filter, String language) {
    EnrolmentFigures.Scope all = enrolments(filter, true);
    List<Cohort> inScope = new ArrayList<>();
    if (filter.getCohortId() != null) {
      inScope.add(em.find(Cohort.class, filter.getCohortId()));
    } else {
      // every cohort in scope, a page at a time (the choice list stops at its first 1,000)
      List<Cohort> page;
      do {
        page =
            scope.page(
                all.organisations(),
                Cohort.class,
                "Cohort.findByOrganisations",
                "Cohort.findAll",
                inScope.size(),
                COHORT_PAGE);
        inScope.addAll(page);
      } while (page.size() == COHORT_PAGE);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Cohort cohort : inScope) {
      EnrolmentFigures.Scope members =
          new EnrolmentFigures.Scope(
              all.organisations(),
              all.courses(),
              members(cohort.getId()),
              all.enrolledFrom(),
              all.enrolledBefore());
      for (EnrolmentFigures.Status r : figures.statusByCourse(members, today())) {
        rows.add(new Object[] {cohort, r});
      }
    }
    Map<Long, String> titles =
        courses.titles(
            rows.stream().map(r -> ((EnrolmentFigures.Status) r[1]).courseId()).toList(), language);
    return rows.stream()
        .sorted(
            Comparator.comparing((Object[] r) -> ((Cohort) r[0]).getName())
                .thenComparing(r -> ((Cohort) r[0]).getId())
                .thenComparing(r -> ((EnrolmentFigures.Status) r[1]).courseId()))
        .map(
            r ->
                figures(
                    ((Cohort) r[0]).getId(),
                    ((Cohort) r[0]).getName(),
                    (EnrolmentFigures.Status) r[1],
                    titles))
        .toList();
  }

  private static Figures figures(
      Long cohortId, String cohort, EnrolmentFigures.Status r, Map<Long, String> titles) {
    return new Figures(
        cohortId,
        cohort,
        r.courseId(),
        titles.getOrDefault(r.courseId(), String.valueOf(r.courseId())),
        r.notStarted(),
        r.inProgress(),
        r.completed(),
        r.overdue());
  }

  /** Completions per day in the filter's dates (default: the last 90 days). */
  public List<Figures.Day> overTime(ReportFilter filter) {
    LocalDate to = filter.getTo() != null ? filter.getTo() : today();
    LocalDate from = filter.getFrom() != null ? filter.getFrom() : to.minusDays(89);
    return figures
        .completionsPerDay(enrolments(filter, false), start(from), start(to.plusDays(1)))
        .entrySet()
        .stream()
        .map(e -> new Figures.Day(e.getKey(), e.getValue()))
        .toList();
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
   * Per quiz and context: graded attempts, passed, sum of scores, submitted in the filter's dates,
   * from assessments.
   */
  private List<Object[]> quizzesLive(ReportFilter filter) {
    return attempts
        .perQuiz(
            scopeOf(filter),
            members(filter.getCohortId()),
            filter.getFrom() == null ? null : start(filter.getFrom()),
            filter.getTo() == null ? null : start(filter.getTo().plusDays(1)))
        .stream()
        .map(t -> new Object[] {t.quizId(), t.contextId(), t.attempts(), t.passed(), t.scoreSum()})
        .toList();
  }

  /** How many certificates of active enrolments expire within 30, 60 and 90 days. */
  public Figures.Expiring expiring(ReportFilter filter) {
    Instant now = clock.now();
    long[] r =
        figures.expiringWithin(
            enrolments(filter, false),
            now,
            now.plus(Duration.ofDays(30)),
            now.plus(Duration.ofDays(60)),
            now.plus(Duration.ofDays(90)));
    return new Figures.Expiring(r[0], r[1], r[2]);
  }

  /**
   * People whose enrolment is overdue, longest overdue first, with when they were last reminded.
   */
  public List<Figures.Person> overdue(ReportFilter filter, String language) {
    return people(
        figures.overdue(enrolments(filter, true), today(), MAX_PEOPLE),
        EnrolmentFact::dueOn,
        ReminderKind.OVERDUE,
        language);
  }

  /** People whose certificate expires within 90 days, soonest first. */
  public List<Figures.Person> expiringPeople(ReportFilter filter, String language) {
    Instant now = clock.now();
    return people(
        figures.expiring(enrolments(filter, false), now, now.plus(Duration.ofDays(90)), MAX_PEOPLE),
        e -> LocalDate.ofInstant(e.expiresAt(), ZoneOffset.UTC),
        ReminderKind.EXPIRING,
        language);
  }

  private List<Figures.Person> people(
      List<EnrolmentFact> enrolments,
      Function<EnrolmentFact, LocalDate> date,
      ReminderKind kind,
      String language) {
    Map<Long, String> titles =
        courses.titles(enrolments.stream().map(EnrolmentFact::courseId).toList(), language);
    Map<Long, Account> people = accounts(enrolments);
    Map<Long, LocalDate> reminded = lastReminded(enrolments, kind);
    List<Figures.Person> persons = new ArrayList<>(enrolments.size());
    for (EnrolmentFact e : enrolments) {
      Account person = people.get(e.accountId());
      if (person != null) {
        persons.add(
            new Figures.Person(
                e.id(),
                person.getDisplayName(),
                person.getEmail(),
                person.getOrganisation().getName(),
                titles.getOrDefault(e.courseId(), String.valueOf(e.courseId())),
                date.apply(e),
                reminded.get(e.id())));
      }
    }
    return persons;
  }

  /** When each enrolment was last reminded of a kind, from this module's log. */
  private Map<Long, LocalDate> lastReminded(List<EnrolmentFact> enrolments, ReminderKind kind) {
    Map<Long, LocalDate> last = new HashMap<>();
    if (!enrolments.isEmpty()) {
      em.createQuery(
              "select r.enrolmentId, max(r.sentOn) from Reminder r where r.kind = :kind"
                  + " and r.enrolmentId in :ids group by r.enrolmentId",
              Object[].class)
          .setParameter("kind", kind)
          .setParameter("ids", enrolments.stream().map(EnrolmentFact::id).toList())
          .getResultList()
          .forEach(r -> last.put(n(r[0]), (LocalDate) r[1]));
    }
    return last;
  }

  /**
   * The people a list names, with their organisations, in one query of core's accounts (at most
   * {@link #MAX_PEOPLE}), not a join of core's tables in this module's SQL.
   */
  private Map<Long, Account> accounts(List<EnrolmentFact> enrolments) {
    Set<Long> ids = new TreeSet<>();
    enrolments.forEach(e -> ids.add(e.accountId()));
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

  /**
   * The enrolments a filter covers, as courses' scope: the organisations in the caller's scope, the
   * course or the audience's courses, the cohort's members; the filter's dates limit the enrolment
   * date when {@code withDates}.
   */
  private EnrolmentFigures.Scope enrolments(ReportFilter filter, boolean withDates) {
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
        scopeOf(filter),
        inCourses,
        members(filter.getCohortId()),
        withDates && filter.getFrom() != null ? start(filter.getFrom()) : null,
        withDates && filter.getTo() != null ? start(filter.getTo().plusDays(1)) : null);
  }

  /** A cohort's members by account id; null for no cohort. */
  private List<Long> members(Long cohortId) {
    return cohortId == null
        ? null
        : em.createNamedQuery("CohortMember.findAccountIdsByCohort", Long.class)
            .setParameter("cohortId", cohortId)
            .getResultList();
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
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

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** A native query under construction with numbered parameters. */
  private final class Sql {
    final Optional<Set<Long>> scope;
    final String table;
    final StringBuilder joins = new StringBuilder();
    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    Sql(Optional<Set<Long>> scope, String table) {
      this.scope = scope;
      this.table = table;
    }

    String param(Object value) {
      params.add(value);
      return "?" + params.size();
    }

    String from() {
      return " FROM " + table + joins + where;
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
