package dk.tegn.coordination.coordinator.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.coordination.coordinator.control.CompletionReport;
import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.coordinator.control.Figures;
import dk.tegn.coordination.coordinator.control.PeopleToChase;
import dk.tegn.coordination.coordinator.control.ReportFilter;
import dk.tegn.coordination.coordinator.control.ReportScope;
import dk.tegn.coordination.coordinator.control.Spreadsheets;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.enrolment.control.Reminders;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs /coordination/dashboard.xhtml: filters, figures, chart, exports and one-click reminders
 * (all overdue, or one person from their row).
 */
@Named
@ViewScoped
public class CoordinationDashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CompletionReport report;
  @Inject PeopleToChase people;
  @Inject ReportScope reportScope;
  @Inject CoordinationScope scope;
  @Inject Reminders reminders;
  @Inject FacesMessages messages;
  @Inject LocaleBacking locale;
  @Inject PlatformClock clock;

  private final ReportFilter filter = new ReportFilter();
  private List<Organisation> organisations;
  private List<Cohort> cohorts;
  private Map<Long, String> courses;
  private List<Figures> perCourse;
  private List<Figures> perCohort;
  private List<Figures.Quiz> quizzes;
  private List<Figures.Day> overTime;
  private Figures.Expiring expiring;
  private List<Figures.Person> overdue;
  private List<Figures.Person> expiringPeople;

  @PostConstruct
  void init() {
    organisations = scope.visibleOrganisations();
    apply();
  }

  /** Reads every figure for the filter again, each once. */
  public void apply() {
    String language = language();
    cohorts = reportScope.cohorts(filter.getOrganisationId());
    perCourse = report.perCourse(filter, language);
    if (filter.getCourseId() == null
        && filter.getCohortId() == null
        && filter.getAudience() == null
        && !filter.hasDates()) {
      // the choices are the courses of the organisations in scope: exactly these rows
      courses = new LinkedHashMap<>();
      perCourse.forEach(f -> courses.put(f.getCourseId(), f.getCourse()));
    } else {
      courses = report.courses(filter, language);
    }
    perCohort = report.perCohort(filter, language);
    quizzes = report.quizzes(filter, language);
    overTime = report.overTime(filter);
    expiring = report.expiring(filter);
    overdue = people.overdue(filter, language);
    expiringPeople = people.expiring(filter, language);
  }

  public void remindOverdue() {
    LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    long already = overdue.stream().filter(p -> today.equals(p.getLastReminded())).count();
    int sent = reminders.remindNow(overdue.stream().map(Figures.Person::getEnrolmentId).toList());
    messages.info(Messages.PLATFORM, "coordination_dashboard.reminded", sent);
    if (already > 0) {
      // the daily run may have reminded them this morning; nobody gets two reminders a day
      messages.info(Messages.PLATFORM, "coordination_dashboard.remindedAlready", already);
    }
    apply();
  }

  /**
   * Reminds one overdue person now, from their row; says what came of it (reminded, reminded today
   * already, no longer overdue, no address) and shows the list again with the day it was sent.
   */
  public void remindOne(Figures.Person person) {
    Reminders.Reminded outcome = reminders.remindOne(person.getEnrolmentId());
    messages.info(
        Messages.PLATFORM,
        "coordination_dashboard.remindOne." + outcome.name(),
        person.getName(),
        person.getCourse());
    overdue = people.overdue(filter, language());
  }

  /** True when the person was reminded today: nobody gets two reminders a day. */
  public boolean remindedToday(Figures.Person person) {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).equals(person.getLastReminded());
  }

  /** Chart.js configuration of completions per day, for p:chart. */
  public String getChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder values = JSON.createArrayBuilder();
    for (Figures.Day d : overTime) {
      labels.add(d.getDay().toString());
      values.add(d.getCompleted());
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(
                            JSON.createObjectBuilder()
                                .add("label", text("coordination_dashboard.completionsPerDay"))
                                .add("data", values)
                                .add("backgroundColor", "#1d6fa5"))))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add(
                            "y",
                            JSON.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  /** One export: {@code table} is perCourse, perCohort, quizzes, overdue or expiring. */
  public StreamedContent export(String table, String format) {
    List<String> headers = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    switch (table) {
      case "perCohort" -> {
        headers.add(text("coordination_dashboard.cohort"));
        figureHeaders(headers);
        perCohort.forEach(f -> rows.add(figureRow(f, f.getCohort())));
      }
      case "quizzes" -> {
        headers.addAll(
            List.of(
                text("coordination_dashboard.course"),
                text("coordination_dashboard.attempts"),
                text("coordination_dashboard.passRate"),
                text("coordination_dashboard.averageScore")));
        quizzes.forEach(
            q ->
                rows.add(
                    List.of(q.getCourse(), q.getAttempts(), q.getPassRate(), q.getAverageScore())));
      }
      case "overdue", "expiring" -> {
        headers.addAll(
            List.of(
                text("coordination_dashboard.name"),
                text("coordination_dashboard.email"),
                text("coordination_dashboard.organisation"),
                text("coordination_dashboard.course"),
                text(
                    table.equals("overdue")
                        ? "coordination_dashboard.dueOn"
                        : "coordination_dashboard.expiresOn"),
                text("coordination_dashboard.lastReminded")));
        (table.equals("overdue") ? overdue : expiringPeople)
            .forEach(
                p -> {
                  List<Object> row = new ArrayList<>();
                  row.add(p.getName());
                  row.add(p.getEmail());
                  row.add(p.getOrganisation());
                  row.add(p.getCourse());
                  row.add(p.getDate());
                  row.add(p.getLastReminded());
                  rows.add(row);
                });
      }
      default -> {
        figureHeaders(headers);
        perCourse.forEach(f -> rows.add(figureRow(f, null)));
      }
    }
    boolean xlsx = "xlsx".equals(format);
    byte[] bytes =
        xlsx
            ? Spreadsheets.xlsx(table, headers, rows)
            : Spreadsheets.csv(headers, rows, locale.getLocale());
    return DefaultStreamedContent.builder()
        .name("tegn-" + table + (xlsx ? ".xlsx" : ".csv"))
        .contentType(xlsx ? XLSX : "text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private void figureHeaders(List<String> headers) {
    headers.addAll(
        List.of(
            text("coordination_dashboard.course"),
            text("coordination_dashboard.total"),
            text("coordination_dashboard.notStarted"),
            text("coordination_dashboard.inProgress"),
            text("coordination_dashboard.completed"),
            text("coordination_dashboard.overdueCount"),
            text("coordination_dashboard.percent")));
  }

  private static List<Object> figureRow(Figures f, String cohort) {
    List<Object> row = new ArrayList<>();
    if (cohort != null) {
      row.add(cohort);
    }
    row.addAll(
        List.of(
            f.getCourse(),
            f.getTotal(),
            f.getNotStarted(),
            f.getInProgress(),
            f.getCompleted(),
            f.getOverdue(),
            f.getPercentCompleted()));
    return row;
  }

  private String text(String key) {
    return Messages.get(Messages.PLATFORM, locale.getLocale(), key);
  }

  private String language() {
    Locale l = locale.getLocale();
    return l == null ? "da" : l.getLanguage();
  }

  public Audience[] getAudiences() {
    return Audience.values();
  }

  public ReportFilter getFilter() {
    return filter;
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public boolean isManyOrganisations() {
    return organisations.size() > 1;
  }

  public List<Cohort> getCohorts() {
    return cohorts;
  }

  public List<SelectItem> getCourses() {
    return courses.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
  }

  public List<Figures> getPerCourse() {
    return perCourse;
  }

  public List<Figures> getPerCohort() {
    return perCohort;
  }

  public List<Figures.Quiz> getQuizzes() {
    return quizzes;
  }

  public Figures.Expiring getExpiring() {
    return expiring;
  }

  public List<Figures.Person> getOverdue() {
    return overdue;
  }

  public List<Figures.Person> getExpiringPeople() {
    return expiringPeople;
  }
}
