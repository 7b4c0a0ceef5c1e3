package dk.tegn.coordination.enrolment.control;

import dk.tegn.coordination.coordinator.control.CohortMembers;
import dk.tegn.coordination.coordinator.control.CoordinationScope;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.coordinator.entity.OrganisationSettings;
import dk.tegn.coordination.enrolment.entity.Assignment;
import dk.tegn.coordination.enrolment.entity.Reminder;
import dk.tegn.coordination.enrolment.entity.ReminderKind;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.control.CourseFacts;
import dk.tegn.courses.enrolment.control.EnrolmentFact;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.Placed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Assigns courses to cohorts and people with due dates, keeps cohort members enrolled when they
 * join later, and re-assigns mandatory courses whose certificate expired. Every enrolment ends in
 * the courses module's {@link Enrolments#place} (a cohort's members a batch at a time in {@link
 * Enrolments#placeAll}); a newly enrolled person gets a notice.
 */
@ApplicationScoped
@Transactional
public class Assignments {

  private static final Logger LOG = Logger.getLogger(Assignments.class.getName());
  static final int MAX_COURSES = 500;

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject CohortMembers members;
  @Inject PlatformClock clock;
  @Inject Enrolments enrolments;
  @Inject CourseFacts courseFacts;
  @Inject EnrolmentMails mails;
  @Inject AuditLog audit;

  /** Assigns a course to every member of a cohort, now and whoever joins later. */
  public Assignment assignToCohort(@Min(1) long cohortId, @Min(1) long courseId, LocalDate dueOn) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new RecordNotFoundException("cohort", cohortId);
    }
    scope.require(cohort.getOrganisationId(), "coordination.assign");
    courseFacts.requirePublished(courseId);
    Assignment assignment =
        assignedAgain(
            "Assignment.findByCohortAndCourse",
            "cohortId",
            cohortId,
            courseId,
            dueOn,
            () ->
                Assignment.toCohort(
                    cohort.getOrganisationId(),
                    courseId,
                    cohortId,
                    dueOn,
                    caller.accountId(),
                    clock.now()));
    em.flush();
    long by = caller.accountId();
    int count =
        members.overPages(
            cohortId,
            page -> page.isEmpty() ? 0 : enrolAll(page, courseId, dueOn, by),
            Integer::sum);
    audit.record(
        caller.accountId(),
        "coordination.assign",
        "assignment",
        assignment.getId(),
        Outcome.ALLOWED,
        "cohort " + cohortId + ", course " + courseId + ", newly enrolled " + count);
    LOG.info(() -> "cohort " + cohortId + " assigned course " + courseId + "; " + count + " new");
    return assignment;
  }

  /** Assigns a course to one person of an organisation the caller coordinates. */
  public Assignment assignToPerson(@Min(1) long accountId, @Min(1) long courseId, LocalDate dueOn) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new RecordNotFoundException("account", accountId);
    }
    long organisationId = account.getOrganisation().getId();
    scope.require(organisationId, "coordination.assign");
    courseFacts.requirePublished(courseId);
    Assignment assignment =
        assignedAgain(
            "Assignment.findByAccountAndCourse",
            "accountId",
            accountId,
            courseId,
            dueOn,
            () ->
                Assignment.toPerson(
                    organisationId, courseId, accountId, dueOn, caller.accountId(), clock.now()));
    enrol(accountId, courseId, dueOn, caller.accountId());
    em.flush();
    audit.record(
        caller.accountId(),
        "coordination.assign",
        "assignment",
        assignment.getId(),
        Outcome.ALLOWED);
    return assignment;
  }

  /**
   * The course's assignment to a cohort or a person ({@code query} by {@code whom}): the one there
   * is, due on {@code dueOn} now, or else {@code fresh} persisted. Assigning again re-dates.
   */
  private Assignment assignedAgain(
      String query,
      String whom,
      long id,
      long courseId,
      LocalDate dueOn,
      Supplier<Assignment> fresh) {
    Assignment assignment =
        em.createNamedQuery(query, Assignment.class)
            .setParameter(whom, id)
            .setParameter("courseId", courseId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (assignment == null) {
      assignment = fresh.get();
      em.persist(assignment);
    } else {
      assignment.changeDueDate(dueOn);
    }
    return assignment;
  }

  /**
   * Cohort sync: someone joined a cohort, so they get its courses. A due date already passed gives
   * them the organisation's recertification period from today instead. Trusted: the caller of
   * {@code Cohorts} or self-registration has decided already.
   */
  public int syncMember(long cohortId, long accountId) {
    return sync(cohortId, List.of(accountId), false);
  }

  /**
   * {@link #syncMember} for a batch of people who joined the cohort (a people file a batch at a
   * time): the cohort's assignments read once, and per assignment the batch placed in courses' set
   * statements ({@link #enrolAll}), not person by person. Returns how many enrolments are new.
   */
  public int syncMembers(long cohortId, List<Long> accountIds) {
    return sync(cohortId, accountIds, true);
  }

  /**
   * One person goes through the entities ({@link #enrol}), as before: a caller that goes on to
   * change the same enrolment through JPA in its transaction (the demo's cohorts) would otherwise
   * hold an entity whose version the set statement has moved on (an optimistic-lock failure at the
   * next flush).
   */
  private int sync(long cohortId, List<Long> accountIds, boolean asSet) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null || accountIds.isEmpty()) {
      return 0;
    }
    LocalDate today = today();
    int grace = settings(cohort.getOrganisationId()).getRecertificationDays();
    int enrolled = 0;
    for (Assignment a :
        em.createNamedQuery("Assignment.findByCohort", Assignment.class)
            .setParameter("cohortId", cohortId)
            .getResultList()) {
      if (!courseFacts.isPublished(a.getCourseId())) {
        continue;
      }
      LocalDate due = a.dueFor(today, grace);
      if (asSet) {
        enrolled += enrolAll(accountIds, a.getCourseId(), due, null);
      } else if (enrol(accountIds.get(0), a.getCourseId(), due, null)) {
        enrolled++;
      }
    }
    return enrolled;
  }

  /**
   * Recertification: every active enrolment of a mandatory course whose certificate has expired is
   * closed (it stays as history) and the course is assigned again, due the organisation's
   * recertification period later. Returns how many were re-assigned.
   */
  public int recertifyExpired(@Min(1) int max) {
    Instant now = clock.now();
    List<EnrolmentFact> expired = enrolments.expiredMandatoryFacts(now, max);
    LocalDate today = today();
    for (EnrolmentFact old : expired) {
      Account account = em.find(Account.class, old.accountId());
      int days = settings(account.getOrganisation().getId()).getRecertificationDays();
      LocalDate due = today.plusDays(days);
      EnrolmentFact renewed = enrolments.renew(old.id(), due, now);
      em.persist(new Reminder(renewed.id(), ReminderKind.RECERTIFY, today));
      mails.send(ReminderKind.RECERTIFY, old.accountId(), old.courseId(), due);
      audit.record(null, "coordination.recertify", "enrolment", renewed.id(), Outcome.ALLOWED);
    }
    em.flush();
    return expired.size();
  }

  /** The assignments of the organisations the caller coordinates, newest first. */
  public List<Assignment> list(@Min(0) int first, @Min(1) int max) {
    return scope.page(
        Assignment.class, "Assignment.findByOrganisations", "Assignment.findAll", first, max);
  }

  /** The courses of a cohort's assignments, oldest first. */
  public List<Assignment> ofCohort(@Min(1) long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new RecordNotFoundException("cohort", cohortId);
    }
    scope.require(cohort.getOrganisationId(), "coordination.cohort.read");
    return em.createNamedQuery("Assignment.findByCohort", Assignment.class)
        .setParameter("cohortId", cohortId)
        .setMaxResults(MAX_COURSES)
        .getResultList();
  }

  /** Published courses a coordinator can assign, by id, titled in {@code language}. */
  public Map<Long, String> assignableCourses(String language) {
    caller.requireRole(Role.COORDINATOR);
    return courseFacts.published(language, MAX_COURSES);
  }

  /** A course's title in {@code language} (course titles are not personal data). */
  public String courseTitle(long courseId, String language) {
    return courseFacts
        .titles(List.of(courseId), language)
        .getOrDefault(courseId, String.valueOf(courseId));
  }

  public OrganisationSettings settings(long organisationId) {
    OrganisationSettings s = em.find(OrganisationSettings.class, organisationId);
    return s == null ? OrganisationSettings.defaults(organisationId) : s;
  }

  /** Enrols unless already enrolled; returns true (and sends the notice) for a new enrolment. */
  public boolean enrol(long accountId, long courseId, LocalDate dueOn, Long by) {
    boolean isNew = enrolments.activeFact(accountId, courseId).isEmpty();
    EnrolmentFact enrolment = enrolments.place(accountId, courseId, dueOn, by, clock.now());
    if (isNew) {
      em.persist(new Reminder(enrolment.id(), ReminderKind.ASSIGNED, today()));
      mails.send(ReminderKind.ASSIGNED, accountId, courseId, dueOn);
    }
    return isNew;
  }

  /**
   * {@link #enrol} for a batch of people in a few statements, however many there are: courses
   * enrols the missing ones in one statement, their reminder rows go in one, their mails (each in
   * its person's language) in a few. Returns how many were newly enrolled.
   */
  int enrolAll(List<Long> accountIds, long courseId, LocalDate dueOn, Long by) {
    List<Placed> placed = enrolments.placeAll(accountIds, courseId, dueOn, by, clock.now());
    if (placed.isEmpty()) {
      return 0;
    }
    StringBuilder rows = new StringBuilder();
    List<Long> people = new ArrayList<>(placed.size());
    for (Placed p : placed) {
      rows.append(rows.isEmpty() ? "(" : ", (").append(p.enrolmentId()).append(", ?1, ?2)");
      people.add(p.accountId());
    }
    em.createNativeQuery("INSERT INTO crd_reminder (enrolment_id, kind, sent_on) VALUES " + rows)
        .setParameter(1, ReminderKind.ASSIGNED.name())
        .setParameter(2, today())
        .executeUpdate();
    mails.sendAll(ReminderKind.ASSIGNED, people, courseId, dueOn);
    return placed.size();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }
}
