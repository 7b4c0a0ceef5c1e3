package dk.tegn.coordination.coordinator.control;

import dk.tegn.assessments.attempt.control.GradedAttempts;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.courses.enrolment.control.EnrolmentFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * The coordinator's figures (the people behind them: {@link PeopleToChase}). Status follows the
 * courses module's rule: completed; overdue (not completed, due date passed); in progress
 * (started); not started.
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

  private static final int COHORT_PAGE = 1000;

  /** Counter rows of not started, started and completed enrolments (alias k). */
  private static final String COUNTED_SUMS =
      "SUM(CASE WHEN k.status = 'N' THEN k.n ELSE 0 END),"
          + " SUM(CASE WHEN k.status = 'S' THEN k.n ELSE 0 END),"
          + " SUM(CASE WHEN k.status = 'C' THEN k.n ELSE 0 END)";

  @PersistenceContext EntityManager em;
  @Inject CoordinationScope scope;
  @Inject ReportScope report;
  @Inject PlatformClock clock;
  @Inject CourseFacts courses;
  @Inject EnrolmentFigures figures;
  @Inject GradedAttempts attempts;

  /** Completion per course. */
  public List<Figures> perCourse(ReportFilter filter, String language) {
    return filter.hasDates()
        ? perCourseLive(filter, language)
        : countedFigures(filter, false, language);
  }

  /** Completion per cohort and course. */
  public List<Figures> perCohort(ReportFilter filter, String language) {
    return filter.hasDates()
        ? perCohortLive(filter, language)
        : countedFigures(filter, true, language);
  }

  /**
   * Status counts from the counters: totals per status, minus those of them due before today, which
   * are the overdue.
   */
  private List<Figures> countedFigures(ReportFilter filter, boolean perCohort, String language) {
    Optional<Set<Long>> organisations = report.organisations(filter);
    String groups = perCohort ? "h.id, h.name, k.course_id" : "k.course_id";
    CounterQuery totals =
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
    CounterQuery due =
        counters(filter, organisations, "crd_completion_due k", "k.course_id", perCohort);
    due.where.append(" AND k.due_on < ").append(due.param(report.today()));
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

  /** Rows of a counter table (alias k) in the filter's scope: see {@link CounterQuery#over}. */
  private CounterQuery counters(
      ReportFilter filter,
      Optional<Set<Long>> organisations,
      String table,
      String courseColumn,
      boolean perCohort) {
    return CounterQuery.over(
        em,
        table,
        filter,
        organisations,
        courseColumn,
        perCohort,
        filter.getAudience() == null ? null : courses.forAudience(filter.getAudience()));
  }

  private List<Figures> perCourseLive(ReportFilter filter, String language) {
    LocalDate today = report.today();
    List<EnrolmentFigures.Status> rows =
        report.figures(filter, true, s -> figures.statusByCourse(s, today), ReportScope::add);
    Map<Long, String> titles =
        courses.titles(rows.stream().map(EnrolmentFigures.Status::courseId).toList(), language);
    return rows.stream().map(r -> figures(null, null, r, titles)).toList();
  }

  /**
   * Per cohort, the figures of its members' enrolments: one question to courses per cohort in scope
   * and page of its members (courses cannot join this module's memberships, so the members go as
   * ids, {@link ReportScope#overMembers}).
   */
  private List<Figures> perCohortLive(ReportFilter filter, String language) {
    EnrolmentFigures.Scope all = report.enrolments(filter, true);
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
    // in the cohorts' order as read (Cohort.findByOrganisations: name, id), which is the database's
    // order of the names, as the counted table's ORDER BY h.name, h.id: one collation for both
    // (utf8mb4_unicode_ci: case and accents aside), not Java's order of the characters
    List<Object[]> rows = new ArrayList<>();
    LocalDate today = report.today();
    for (Cohort cohort : inScope) {
      report
          .figures(all, cohort.getId(), s -> figures.statusByCourse(s, today), ReportScope::add)
          .stream()
          .sorted(Comparator.comparing(EnrolmentFigures.Status::courseId))
          .forEach(r -> rows.add(new Object[] {cohort, r}));
    }
    Map<Long, String> titles =
        courses.titles(
            rows.stream().map(r -> ((EnrolmentFigures.Status) r[1]).courseId()).toList(), language);
    return rows.stream()
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
    LocalDate to = filter.getTo() != null ? filter.getTo() : report.today();
    LocalDate from = filter.getFrom() != null ? filter.getFrom() : to.minusDays(89);
    return report
        .figures(
            filter,
            false,
            s ->
                figures.completionsPerDay(
                    s, ReportScope.start(from), ReportScope.start(to.plusDays(1))),
            ReportScope::add)
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
    List<Object[]> perQuiz = filter.hasDates() ? quizzesLive(filter) : quizzesCounted(filter);
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
    CounterQuery sql =
        counters(
            ReportFilter.of(filter.getOrganisationId(), null, filter.getCohortId()),
            report.organisations(filter),
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
    Optional<Set<Long>> organisations = report.organisations(filter);
    Instant from = filter.getFrom() == null ? null : ReportScope.start(filter.getFrom());
    Instant until = filter.getTo() == null ? null : ReportScope.start(filter.getTo().plusDays(1));
    // a cohort's pages may repeat a quiz and context: quizzes() adds the rows up per course
    return report
        .overMembers(
            filter.getCohortId(),
            people -> attempts.perQuiz(organisations, people, from, until),
            ReportScope::concat)
        .stream()
        .map(t -> new Object[] {t.quizId(), t.contextId(), t.attempts(), t.passed(), t.scoreSum()})
        .toList();
  }

  /** How many certificates of active enrolments expire within 30, 60 and 90 days. */
  public Figures.Expiring expiring(ReportFilter filter) {
    Instant now = clock.now();
    long[] r =
        report.figures(
            filter,
            false,
            s ->
                figures.expiringWithin(
                    s,
                    now,
                    now.plus(Duration.ofDays(30)),
                    now.plus(Duration.ofDays(60)),
                    now.plus(Duration.ofDays(90))),
            ReportScope::add);
    return new Figures.Expiring(r[0], r[1], r[2]);
  }

  /**
   * Courses people in the filter's organisations are enrolled in, for the filter's choices; a page
   * that has just read {@link #perCourse} for the organisations alone takes them from there.
   */
  public Map<Long, String> courses(ReportFilter filter, String language) {
    CounterQuery sql =
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

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
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
}
