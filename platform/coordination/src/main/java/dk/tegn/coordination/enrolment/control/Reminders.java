package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.enrolment.control.DueEnrolments;
import dk.tegn.courses.enrolment.control.DueEnrolments.People;
import dk.tegn.courses.enrolment.control.EnrolmentFact;
import dk.tegn.courses.enrolment.control.Enrolments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reminders before and after a due date and warnings before a certificate expires, timed per
 * organisation (crd_org_settings, defaults when absent); the enrolments come from courses' {@link
 * DueEnrolments} as facts. Each reminder is claimed in crd_reminder before it is sent (its unique
 * key decides), so that a daily run, two nodes running it or a coordinator's click at the same time
 * never send the same one twice on a day.
 */
@ApplicationScoped
@Transactional
public class Reminders {

  static final int BATCH = 500;

  /** The earliest date MySQL keeps: "ever sent". */
  private static final LocalDate EVER = LocalDate.of(1000, 1, 1);

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject EnrolmentMails mails;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject AuditLog audit;
  @Inject Enrolments enrolments;
  @Inject DueEnrolments due;

  /**
   * One batch of the day's reminders of every kind; returns how many mails were queued. Courses
   * answers which enrolments fall in each organisation's window (organisations that time reminders
   * alike are asked together, so a handful of questions however many organisations there are); this
   * module's log says which were reminded already.
   */
  public int sendDue() {
    LocalDate today = today();
    Instant now = clock.now();
    List<OrganisationSettings> settings =
        em.createQuery("select s from OrganisationSettings s", OrganisationSettings.class)
            .getResultList();
    return forEachTiming(
            settings,
            s -> List.of(s.getRemindBeforeDays()),
            (days, people) ->
                send(
                    ReminderKind.DUE_SOON,
                    EVER,
                    (after, max) ->
                        due.dueBetween(people, today, today.plusDays(days.first()), after, max),
                    EnrolmentFact::dueOn,
                    today))
        + forEachTiming(
            settings,
            s -> List.of(s.getRemindAfterDays(), s.getRemindEveryDays()),
            (days, people) ->
                send(
                    ReminderKind.OVERDUE,
                    today.minusDays(Math.max(days.get(1), 1)),
                    (after, max) ->
                        due.dueBetween(people, null, today.minusDays(days.first()), after, max),
                    EnrolmentFact::dueOn,
                    today))
        + forEachTiming(
            settings,
            s -> List.of(s.getExpiryWarningDays()),
            (days, people) ->
                send(
                    ReminderKind.EXPIRING,
                    EVER,
                    (after, max) ->
                        due.expiringBetween(
                            people, now, now.plus(Duration.ofDays(days.first())), after, max),
                    f -> LocalDate.ofInstant(f.expiresAt(), ZoneOffset.UTC),
                    today));
  }

  /** Sends one kind of reminder for each group of organisations timing it alike. */
  private interface Timed {
    int send(Timing days, People people);
  }

  /** One timing: its first number is the days of the window (0: turned off). */
  private record Timing(List<Integer> days) {
    long first() {
      return days.get(0);
    }

    int get(int i) {
      return days.get(i);
    }
  }

  private static int forEachTiming(
      List<OrganisationSettings> settings,
      Function<OrganisationSettings, List<Integer>> timing,
      Timed timed) {
    int sent = 0;
    for (Map.Entry<List<Integer>, People> group : groups(settings, timing).entrySet()) {
      Timing days = new Timing(group.getKey());
      if (days.first() > 0) {
        sent += timed.send(days, group.getValue());
      }
    }
    return sent;
  }

  /**
   * Organisations grouped by how they time one kind of reminder: each setting's organisations, and
   * those with the defaults (no settings row, or a row like the defaults) as "everyone but the
   * others".
   */
  private static Map<List<Integer>, People> groups(
      List<OrganisationSettings> settings, Function<OrganisationSettings, List<Integer>> timing) {
    List<Integer> defaults = timing.apply(OrganisationSettings.defaults(0));
    Map<List<Integer>, Set<Long>> byTiming = new HashMap<>();
    Set<Long> notDefault = new HashSet<>();
    for (OrganisationSettings s : settings) {
      List<Integer> t = timing.apply(s);
      if (!t.equals(defaults)) {
        byTiming.computeIfAbsent(t, k -> new HashSet<>()).add(s.getOrganisationId());
        notDefault.add(s.getOrganisationId());
      }
    }
    Map<List<Integer>, People> groups = new HashMap<>();
    byTiming.forEach((t, organisations) -> groups.put(t, People.of(organisations)));
    groups.put(defaults, People.allBut(notDefault));
    return groups;
  }

  /** A page of candidates after the last one of the page before (null: the first page). */
  private interface Pager {
    List<EnrolmentFact> page(EnrolmentFact last, int max);
  }

  /**
   * Reminds the candidates not reminded of this kind since {@code since} (exclusive), page by page,
   * until {@link #BATCH} are queued or none are left.
   */
  private int send(
      ReminderKind kind,
      LocalDate since,
      Pager candidates,
      Function<EnrolmentFact, LocalDate> date,
      LocalDate today) {
    int queued = 0;
    int sent = 0;
    EnrolmentFact after = null;
    List<EnrolmentFact> page;
    do {
      page = candidates.page(after, BATCH);
      if (page.isEmpty()) {
        break;
      }
      after = page.get(page.size() - 1);
      Set<Long> reminded = reminded(kind, since, page);
      Set<Long> optedOut = optedOut(kind, page);
      for (EnrolmentFact e : page) {
        if (queued == BATCH || reminded.contains(e.id()) || optedOut.contains(e.accountId())) {
          continue;
        }
        queued++;
        if (claim(e.id(), kind, today)
            && mails.send(kind, e.accountId(), e.courseId(), date.apply(e))) {
          sent++;
        }
      }
    } while (queued < BATCH && page.size() == BATCH);
    em.flush();
    return sent;
  }

  /**
   * The people of these enrolments who turned this kind of daily reminder off on their profile
   * ({@link dk.tegn.coordination.enrolment.entity.NotificationChoice}); nothing is claimed for
   * them.
   */
  private Set<Long> optedOut(ReminderKind kind, List<EnrolmentFact> enrolments) {
    String query =
        kind == ReminderKind.EXPIRING
            ? "NotificationChoice.listExpiryOptOuts"
            : "NotificationChoice.listDueOptOuts";
    return new HashSet<>(
        em.createNamedQuery(query, Long.class)
            .setParameter(
                "accountIds", enrolments.stream().map(EnrolmentFact::accountId).distinct().toList())
            .getResultList());
  }

  /** Which of the enrolments were reminded of this kind after {@code since}. */
  private Set<Long> reminded(ReminderKind kind, LocalDate since, List<EnrolmentFact> enrolments) {
    return new HashSet<>(
        em.createQuery(
                "select r.enrolmentId from Reminder r where r.kind = :kind and r.sentOn > :since"
                    + " and r.enrolmentId in :ids",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("since", since)
            .setParameter("ids", enrolments.stream().map(EnrolmentFact::id).toList())
            .getResultList());
  }

  /**
   * A coordinator reminds overdue people now, in one click: each as {@link #remindOne} would, in
   * one audit line. Enrolments of people outside the caller's organisations are refused; someone
   * reminded today already, or no longer overdue, is skipped.
   */
  public int remindNow(Collection<Long> enrolmentIds) {
    LocalDate today = today();
    int sent = 0;
    for (long id : enrolmentIds) {
      if (remind(id, today) == Reminded.SENT) {
        sent++;
      }
    }
    em.flush();
    audit.record(
        caller.accountId(),
        "coordination.remind",
        "enrolment",
        null,
        Outcome.ALLOWED,
        sent + " reminded");
    return sent;
  }

  /** What became of reminding one person. */
  public enum Reminded {
    /** The mail is queued. */
    SENT,
    /** They were reminded of it today already (by the daily run, or another click). */
    ALREADY_TODAY,
    /** Completed, or not overdue (any more): nothing to remind of. */
    NOT_OVERDUE,
    /** They have no e-mail address. */
    NO_ADDRESS
  }

  /**
   * A coordinator reminds one overdue person now, from their row of the dashboard. The day's
   * reminder is claimed first, so a double click, a second coordinator or the daily run on another
   * node cannot send it twice; an enrolment outside the caller's organisations is refused.
   */
  public Reminded remindOne(long enrolmentId) {
    Reminded outcome = remind(enrolmentId, today());
    audit.record(
        caller.accountId(),
        "coordination.remindOne",
        "enrolment",
        enrolmentId,
        Outcome.ALLOWED,
        outcome.name());
    return outcome;
  }

  /**
   * Reminds one overdue person of their enrolment, the day's reminder claimed first, so a double
   * click, a second coordinator or the daily run on another node cannot send it twice.
   */
  private Reminded remind(long enrolmentId, LocalDate today) {
    EnrolmentFact enrolment =
        enrolments
            .fact(enrolmentId)
            .orElseThrow(() -> new RecordNotFoundException("enrolment", enrolmentId));
    Account account = em.find(Account.class, enrolment.accountId());
    scope.require(account.getOrganisation().getId(), "coordination.remind");
    if (enrolment.completed() || enrolment.dueOn() == null || !enrolment.dueOn().isBefore(today)) {
      return Reminded.NOT_OVERDUE;
    } else if (!claim(enrolmentId, ReminderKind.OVERDUE, today)) {
      return Reminded.ALREADY_TODAY;
    } else if (mails.send(
        ReminderKind.OVERDUE, enrolment.accountId(), enrolment.courseId(), enrolment.dueOn())) {
      return Reminded.SENT;
    }
    return Reminded.NO_ADDRESS;
  }

  /**
   * Claims the day's reminder of a kind for an enrolment: true for the one caller whose row went
   * in, false when it was there already. The unique key (enrolment, kind, day) of crd_reminder
   * decides, so two transactions at once cannot both claim it (a check followed by an insert
   * could).
   */
  private boolean claim(long enrolmentId, ReminderKind kind, LocalDate day) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO crd_reminder (enrolment_id, kind, sent_on) VALUES (?, ?, ?)")
            .setParameter(1, enrolmentId)
            .setParameter(2, kind.name())
            .setParameter(3, day)
            .executeUpdate()
        == 1;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }
}
