package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.courses.enrolment.control.EnrolmentFact;
import dk.tegn.courses.enrolment.control.EnrolmentFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The people a coordinator chases, beside the figures of {@link CompletionReport}: overdue
 * enrolments and certificates about to expire, at most {@link #MAX_PEOPLE} of each, with when each
 * was last reminded. The enrolments come from courses ({@link EnrolmentFigures}), names from core's
 * accounts in one query, the reminders from this module's log.
 */
@ApplicationScoped
@Transactional
public class PeopleToChase {

  static final int MAX_PEOPLE = 500;

  /** {@link EnrolmentFigures#overdue}'s order, to merge a cohort's pages. */
  static final Comparator<EnrolmentFact> OVERDUE_ORDER =
      Comparator.comparing(EnrolmentFact::dueOn).thenComparingLong(EnrolmentFact::id);

  /** {@link EnrolmentFigures#expiring}'s order, to merge a cohort's pages. */
  static final Comparator<EnrolmentFact> EXPIRING_ORDER =
      Comparator.comparing(EnrolmentFact::expiresAt)
          .thenComparing(EnrolmentFact::completedAt)
          .thenComparingLong(EnrolmentFact::courseId)
          .thenComparingLong(EnrolmentFact::accountId)
          .thenComparingLong(EnrolmentFact::id);

  @PersistenceContext EntityManager em;
  @Inject ReportScope report;
  @Inject PlatformClock clock;
  @Inject CourseFacts courses;
  @Inject EnrolmentFigures figures;

  /**
   * People whose enrolment is overdue, longest overdue first, with when they were last reminded.
   */
  public List<Figures.Person> overdue(ReportFilter filter, String language) {
    LocalDate today = report.today();
    return people(
        report.figures(
            filter,
            true,
            s -> figures.overdue(s, today, MAX_PEOPLE),
            ReportScope.firstOf(OVERDUE_ORDER, MAX_PEOPLE)),
        EnrolmentFact::dueOn,
        ReminderKind.OVERDUE,
        language);
  }

  /** People whose certificate expires within 90 days, soonest first. */
  public List<Figures.Person> expiring(ReportFilter filter, String language) {
    Instant now = clock.now();
    return people(
        report.figures(
            filter,
            false,
            s -> figures.expiring(s, now, now.plus(Duration.ofDays(90)), MAX_PEOPLE),
            ReportScope.firstOf(EXPIRING_ORDER, MAX_PEOPLE)),
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
          .forEach(r -> last.put(((Number) r[0]).longValue(), (LocalDate) r[1]));
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
}
