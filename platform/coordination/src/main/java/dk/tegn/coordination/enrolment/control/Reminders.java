package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.enrolment.entity.Reminder;
import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.enrolment.control.EnrolmentFact;
import dk.tegn.courses.enrolment.control.Enrolments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Reminders before and after a due date and warnings before a certificate expires, timed per
 * organisation (crd_org_settings, defaults when absent). Each reminder is logged in crd_reminder so
 * that a daily run, or two nodes running it, never send the same one twice on a day.
 */
@ApplicationScoped
@Transactional
public class Reminders {

  static final int BATCH = 500;

  // Candidates are found in SQL (enrolments of not-completed courses, joined to the person's
  // organisation settings), never by loading people; ids go back as numbers only.
  static final String DUE_SOON =
      "SELECT e.id, e.account_id, e.course_id, e.due_on FROM crs_enrolment e"
          + " JOIN plt_account a ON a.id = e.account_id"
          + " LEFT JOIN crd_org_settings s ON s.organisation_id = a.organisation_id"
          + " WHERE e.active = TRUE AND e.completed_at IS NULL AND e.due_on >= ?1"
          + " AND COALESCE(s.remind_before_days, 7) > 0"
          + " AND e.due_on <= DATE_ADD(?1, INTERVAL COALESCE(s.remind_before_days, 7) DAY)"
          + " AND NOT EXISTS (SELECT 1 FROM crd_reminder r WHERE r.enrolment_id = e.id"
          + " AND r.kind = 'DUE_SOON')"
          + " ORDER BY e.id LIMIT "
          + BATCH;

  static final String OVERDUE =
      "SELECT e.id, e.account_id, e.course_id, e.due_on FROM crs_enrolment e"
          + " JOIN plt_account a ON a.id = e.account_id"
          + " LEFT JOIN crd_org_settings s ON s.organisation_id = a.organisation_id"
          + " WHERE e.active = TRUE AND e.completed_at IS NULL"
          + " AND COALESCE(s.remind_after_days, 1) > 0"
          + " AND e.due_on <= DATE_SUB(?1, INTERVAL COALESCE(s.remind_after_days, 1) DAY)"
          + " AND NOT EXISTS (SELECT 1 FROM crd_reminder r WHERE r.enrolment_id = e.id"
          + " AND r.kind = 'OVERDUE'"
          + " AND r.sent_on > DATE_SUB(?1, INTERVAL GREATEST(COALESCE(s.remind_every_days, 7), 1) DAY))"
          + " ORDER BY e.id LIMIT "
          + BATCH;

  static final String EXPIRING =
      "SELECT e.id, e.account_id, e.course_id, e.expires_at FROM crs_enrolment e"
          + " JOIN plt_account a ON a.id = e.account_id"
          + " LEFT JOIN crd_org_settings s ON s.organisation_id = a.organisation_id"
          + " WHERE e.active = TRUE AND e.completed_at IS NOT NULL AND e.expires_at > ?2"
          + " AND COALESCE(s.expiry_warning_days, 30) > 0"
          + " AND e.expires_at <= DATE_ADD(?2, INTERVAL COALESCE(s.expiry_warning_days, 30) DAY)"
          + " AND NOT EXISTS (SELECT 1 FROM crd_reminder r WHERE r.enrolment_id = e.id"
          + " AND r.kind = 'EXPIRING')"
          + " ORDER BY e.id LIMIT "
          + BATCH;

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject EnrolmentMails mails;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject AuditLog audit;
  @Inject Enrolments enrolments;

  /** One batch of the day's reminders of every kind; returns how many mails were queued. */
  public int sendDue() {
    LocalDate today = today();
    LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    int sent = 0;
    sent += send(ReminderKind.DUE_SOON, rows(DUE_SOON, today, now), today);
    sent += send(ReminderKind.OVERDUE, rows(OVERDUE, today, now), today);
    sent += send(ReminderKind.EXPIRING, rows(EXPIRING, today, now), today);
    return sent;
  }

  /**
   * A coordinator reminds overdue people now, in one click. Enrolments of people outside the
   * caller's organisations are refused; someone reminded today already is skipped.
   */
  public int remindNow(Collection<Long> enrolmentIds) {
    LocalDate today = today();
    int sent = 0;
    for (long id : enrolmentIds) {
      EnrolmentFact enrolment =
          enrolments.fact(id).orElseThrow(() -> new RecordNotFoundException("enrolment", id));
      Account account = em.find(Account.class, enrolment.accountId());
      scope.require(account.getOrganisation().getId(), "coordination.remind");
      if (enrolment.completed() || remindedOn(id, ReminderKind.OVERDUE, today)) {
        continue;
      }
      em.persist(new Reminder(id, ReminderKind.OVERDUE, today));
      if (mails.send(
          ReminderKind.OVERDUE, enrolment.accountId(), enrolment.courseId(), enrolment.dueOn())) {
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

  private boolean remindedOn(long enrolmentId, ReminderKind kind, LocalDate day) {
    LocalDate last =
        em.createNamedQuery("Reminder.lastSent", LocalDate.class)
            .setParameter("enrolmentId", enrolmentId)
            .setParameter("kind", kind)
            .getSingleResult();
    return last != null && !last.isBefore(day);
  }

  private int send(ReminderKind kind, List<Object[]> rows, LocalDate today) {
    int sent = 0;
    for (Object[] row : rows) {
      long enrolmentId = ((Number) row[0]).longValue();
      em.persist(new Reminder(enrolmentId, kind, today));
      LocalDate date = toDate(row[3]);
      if (mails.send(kind, ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), date)) {
        sent++;
      }
    }
    em.flush();
    return sent;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate today, LocalDateTime now) {
    var query = em.createNativeQuery(sql).setParameter(1, today);
    if (sql.contains("?2")) {
      query.setParameter(2, now);
    }
    return query.getResultList();
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return null;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }
}
