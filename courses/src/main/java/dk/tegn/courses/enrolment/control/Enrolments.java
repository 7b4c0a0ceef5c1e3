package dk.tegn.courses.enrolment.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.persistence.SqlIds;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.EnrolmentChanged;
import dk.tegn.courses.enrolment.EnrolmentChanged.Stage;
import dk.tegn.courses.enrolment.EnrolmentChanged.Standing;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Enrolment records: putting a trainee on a course and listing a trainee's courses. How people get
 * enrolled (cohorts, keys, self-enrolment) is decided elsewhere; those methods end here.
 */
@ApplicationScoped
@Transactional
public class Enrolments {

  @PersistenceContext EntityManager em;
  @Inject EnrolmentChanges changes;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject VersionStore versions;
  @Inject AuditLog audit;

  /**
   * Enrols a trainee in the latest version of a published course, with an optional due date. A
   * coordinator of the trainee's organisation or a trainer of the course's organisation may do
   * this. Enrolling someone already enrolled changes only the due date, when one is given.
   */
  public Enrolment enrol(long accountId, long courseId, LocalDate dueOn) {
    Account trainee = em.find(Account.class, accountId);
    Course course = em.find(Course.class, courseId);
    if (trainee == null || course == null) {
      throw new RecordNotFoundException(trainee == null ? "account" : "course", courseId);
    }
    if (!caller.hasRoleIn(Role.COORDINATOR, trainee.getOrganisation().getId())
        && !caller.hasRoleIn(Role.TRAINER, course.getOrganisationId())) {
      audit.record(caller.accountId(), "course.enrol", "course", courseId, Outcome.REFUSED);
      throw new AccessDeniedException("may not enrol account " + accountId);
    }
    Enrolment enrolment = record(accountId, course, dueOn, caller.accountId(), clock.now());
    audit.record(
        caller.accountId(), "course.enrol", "enrolment", enrolment.getId(), Outcome.ALLOWED);
    return enrolment;
  }

  /**
   * Writes the record without an access check, for trusted platform code that has decided already
   * (the demo set-up). Idempotent like {@link #enrol}.
   */
  public Enrolment record(long accountId, Course course, LocalDate dueOn, Long by, Instant now) {
    if (course.getPublishedVersion() == 0) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.notPublished");
    }
    Enrolment existing = active(accountId, course.getId());
    if (existing != null) {
      if (dueOn != null) {
        existing.changeDueDate(dueOn);
        changes.publish(existing);
      }
      return existing;
    }
    Enrolment enrolment =
        new Enrolment(accountId, course.getId(), course.getPublishedVersion(), dueOn, by, now);
    em.persist(enrolment);
    changes.publish(enrolment);
    em.flush();
    return enrolment;
  }

  /**
   * Trusted, by ids: {@link #record} for a module that decided already (coordination's assignments,
   * cohort sync and enrolment keys). An unknown course is a 404, an unpublished one refused.
   */
  public EnrolmentFact place(long accountId, long courseId, LocalDate dueOn, Long by, Instant now) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    return EnrolmentFact.of(record(accountId, course, dueOn, by, now));
  }

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /** At most this many people per {@link #placeAll}. */
  public static final int BATCH = 1_000;

  /**
   * Trusted, set-based {@link #place} for many people (a cohort's members, a batch of at most
   * {@link #BATCH} at a time): whoever has no active enrolment in the course gets one, in one
   * statement; whoever has one keeps it, with the due date changed when one is given (a personal
   * due date stays, as {@link Enrolment#changeDueDate}). The rows are locked, every change of how
   * an enrolment counts is published as one {@link EnrolmentsChanged}, and the new enrolments are
   * returned in account order.
   */
  @SuppressWarnings("unchecked")
  public List<Placed> placeAll(
      Collection<Long> accountIds, long courseId, LocalDate dueOn, Long by, Instant now) {
    if (accountIds.size() > BATCH) {
      throw new IllegalArgumentException("at most " + BATCH + " people at a time");
    }
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    if (course.getPublishedVersion() == 0) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.notPublished");
    }
    if (accountIds.isEmpty()) {
      return List.of();
    }
    em.flush();
    SortedSet<Long> missing = new TreeSet<>(accountIds);
    List<EnrolmentChanged> changed = new ArrayList<>();
    List<Long> redated = new ArrayList<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT id, account_id, "
                        + EnrolmentChanges.STAGE
                        + ", due_on, personal_due_on, assigned_due_on FROM crs_enrolment"
                        + " WHERE course_id = ?1 AND active = TRUE AND account_id IN ("
                        + SqlIds.list(missing)
                        + ") ORDER BY account_id FOR UPDATE")
                .setParameter(1, courseId)
                .getResultList()) {
      long accountId = ((Number) r[1]).longValue();
      missing.remove(accountId);
      LocalDate due = EnrolmentChanges.date(r[3]);
      boolean personal = r[4] != null;
      LocalDate after = personal ? due : dueOn;
      if (dueOn != null
          && (!dueOn.equals(EnrolmentChanges.date(r[5])) || !Objects.equals(due, after))) {
        redated.add(((Number) r[0]).longValue());
        Standing was = EnrolmentChanges.standing(r[2], due);
        Standing is = EnrolmentChanges.standing(r[2], after);
        if (!was.equals(is)) {
          changed.add(new EnrolmentChanged(accountId, courseId, was, is));
        }
      }
    }
    if (!redated.isEmpty()) {
      em.createNativeQuery(
              "UPDATE crs_enrolment SET assigned_due_on = ?1,"
                  + " due_on = IF(personal_due_on IS NULL, ?1, due_on), version = version + 1"
                  + " WHERE id IN ("
                  + SqlIds.list(redated)
                  + ")")
          .setParameter(1, dueOn)
          .executeUpdate();
    }
    List<Placed> placed = new ArrayList<>();
    if (!missing.isEmpty()) {
      // the time and the date as literals (typed values, so safe): a bind parameter per row would
      // cost EclipseLink a look-up in a list each, quadratic in the rows
      String at = DATETIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
      String due = dueOn == null ? ", NULL" : ", '" + dueOn + "'";
      StringBuilder rows = new StringBuilder();
      for (long accountId : missing) {
        rows.append(rows.isEmpty() ? "" : ", ")
            .append('(')
            .append(accountId)
            .append(", ")
            .append(courseId)
            .append(", ")
            .append(course.getPublishedVersion())
            .append(", '")
            .append(at)
            .append("', ")
            .append(by == null ? "NULL" : String.valueOf(by.longValue()))
            .append(due)
            .append(due)
            .append(", 0, TRUE, 1)");
      }
      em.createNativeQuery(
              "INSERT INTO crs_enrolment (account_id, course_id, version_number, enrolled_at,"
                  + " enrolled_by, due_on, assigned_due_on, progress_percent, active, version)"
                  + " VALUES "
                  + rows)
          .executeUpdate();
      Standing fresh = new Standing(Stage.NOT_STARTED, dueOn);
      for (Object[] r :
          (List<Object[]>)
              em.createNativeQuery(
                      "SELECT id, account_id FROM crs_enrolment WHERE course_id = ?1"
                          + " AND active = TRUE AND account_id IN ("
                          + SqlIds.list(missing)
                          + ") ORDER BY account_id")
                  .setParameter(1, courseId)
                  .getResultList()) {
        long accountId = ((Number) r[1]).longValue();
        placed.add(new Placed(accountId, ((Number) r[0]).longValue()));
        changed.add(new EnrolmentChanged(accountId, courseId, null, fresh));
      }
    }
    // set statements bypass the entities: nothing cached of these rows may be read again
    em.getEntityManagerFactory().getCache().evict(Enrolment.class);
    changes.publishAll(changed);
    return placed;
  }

  /** The active enrolment of an account in a course, as a fact. */
  public Optional<EnrolmentFact> activeFact(long accountId, long courseId) {
    return Optional.ofNullable(active(accountId, courseId)).map(EnrolmentFact::of);
  }

  /** One enrolment, as a fact; empty when there is none. */
  public Optional<EnrolmentFact> fact(long enrolmentId) {
    return Optional.ofNullable(em.find(Enrolment.class, enrolmentId)).map(EnrolmentFact::of);
  }

  /** {@link #expiredMandatory} as facts. */
  public List<EnrolmentFact> expiredMandatoryFacts(Instant now, int max) {
    return expiredMandatory(now, max).stream().map(EnrolmentFact::of).toList();
  }

  /**
   * Recertification of one enrolment: it is closed (it stays as history) and the course recorded
   * anew, due {@code dueOn}. Trusted: the caller has decided that the certificate has expired.
   */
  public EnrolmentFact renew(long enrolmentId, LocalDate dueOn, Instant now) {
    Enrolment old = em.find(Enrolment.class, enrolmentId);
    if (old == null) {
      throw new RecordNotFoundException("enrolment", enrolmentId);
    }
    old.close(now);
    changes.publish(old);
    em.flush();
    return place(old.getAccountId(), old.getCourseId(), dueOn, null, now);
  }

  /**
   * A learner's active enrolments, newest first, for a coordinator or an administrator of the
   * learner's organisation (a national one sees everyone), checked before anything is read.
   */
  public List<LearnerEnrolment> ofLearner(long accountId, @Min(1) @Max(500) int max) {
    requireStaffOf(accountId, "course.learner.read");
    Instant now = clock.now();
    return em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
        .setParameter("accountId", accountId)
        .setMaxResults(max)
        .getResultStream()
        .map(
            e -> new LearnerEnrolment(line(e, now), e.getPersonalDueOn(), e.getPersonalDueReason()))
        .toList();
  }

  /**
   * Gives one learner a due date of their own on one active enrolment, with a reason: it is the
   * date that counts from now on (status, reminders, overdue lists, the dashboard), and an
   * assignment's due date given later leaves it. Audited; the change is published.
   */
  public EnrolmentFact setPersonalDueDate(long enrolmentId, LocalDate dueOn, String reason) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null || !enrolment.isActive()) {
      throw new RecordNotFoundException("enrolment", enrolmentId);
    }
    requireStaffOf(enrolment.getAccountId(), "course.enrolment.dueDate");
    if (dueOn == null) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.dueDateRequired");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.reasonRequired");
    }
    LocalDate before = enrolment.getDueOn();
    enrolment.setPersonalDueDate(dueOn, why, caller.accountId());
    changes.publish(enrolment);
    em.flush();
    audit.record(
        caller.accountId(),
        "course.enrolment.dueDate",
        "enrolment",
        enrolmentId,
        Outcome.ALLOWED,
        "due " + before + " -> " + dueOn);
    return EnrolmentFact.of(enrolment);
  }

  /**
   * Takes one learner's personal due date away: the assignment's date counts again (none if the
   * course was not assigned with one). Audited; the change is published.
   */
  public EnrolmentFact removePersonalDueDate(long enrolmentId) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null || !enrolment.isActive()) {
      throw new RecordNotFoundException("enrolment", enrolmentId);
    }
    requireStaffOf(enrolment.getAccountId(), "course.enrolment.dueDate.remove");
    if (enrolment.getPersonalDueOn() == null) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.noPersonalDueDate");
    }
    LocalDate before = enrolment.getDueOn();
    enrolment.removePersonalDueDate();
    changes.publish(enrolment);
    em.flush();
    audit.record(
        caller.accountId(),
        "course.enrolment.dueDate.remove",
        "enrolment",
        enrolmentId,
        Outcome.ALLOWED,
        "due " + before + " -> " + enrolment.getDueOn());
    return EnrolmentFact.of(enrolment);
  }

  private void requireStaffOf(long accountId, String action) {
    Account learner = em.find(Account.class, accountId);
    if (learner == null) {
      throw new RecordNotFoundException("account", accountId);
    }
    long organisation = learner.getOrganisation().getId();
    if (!caller.hasRoleIn(Role.COORDINATOR, organisation)
        && !caller.hasRoleIn(Role.ADMIN, organisation)) {
      audit.record(caller.accountId(), action, "account", accountId, Outcome.REFUSED);
      throw new AccessDeniedException("not staff of account " + accountId);
    }
  }

  /** The caller's courses, newest enrolment first. */
  public List<MyCourse> mine(@Min(0) int first, @Min(1) @Max(500) int max) {
    Instant now = clock.now();
    return em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
        .setParameter("accountId", caller.accountId())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(e -> line(e, now))
        .toList();
  }

  private MyCourse line(Enrolment e, Instant now) {
    PublishedCourse course = versions.course(e.getCourseId(), e.getVersionNumber());
    return new MyCourse(
        e.getId(),
        e.getCourseId(),
        course.title(),
        course.summary(),
        e.getVersionNumber(),
        e.status(now),
        e.getProgressPercent(),
        e.getDueOn(),
        e.getCompletedAt(),
        e.getExpiresAt(),
        course.mandatory(),
        course.estimatedMinutes(),
        e.getCompletedAt() == null
            ? null
            : versions.recompletionReason(e.getCourseId(), e.getVersionNumber()));
  }

  /** The active enrolment of an account in a course, or null. */
  public Enrolment active(long accountId, long courseId) {
    return em.createNamedQuery("Enrolment.findActive", Enrolment.class)
        .setParameter("accountId", accountId)
        .setParameter("courseId", courseId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Active enrolments of mandatory courses whose certificate has expired by {@code now}, oldest
   * first: what recertification renews.
   */
  public List<Enrolment> expiredMandatory(Instant now, int max) {
    return em.createNamedQuery("Enrolment.findExpiredMandatory", Enrolment.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }
}
