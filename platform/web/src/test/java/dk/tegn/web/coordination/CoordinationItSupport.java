package dk.tegn.web.coordination;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.coordination.coordinator.control.Cohorts;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.entity.Assignment;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.mail.control.MailOutbox;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.version.control.Publishing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Test-only server side of {@link CoordinationIT}, added to the deployed WAR: arranges data through
 * the real services (trusted paths, as the demo set-up does) and reports what they did.
 */
@ApplicationScoped
@Transactional
public class CoordinationItSupport {

  /** The quiz id of courses made here; a graded attempt at it completes them. */
  static final long QUIZ = 535_353;

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory accounts;
  @Inject PasswordHasher hasher;
  @Inject Publishing publishing;
  @Inject Enrolments enrolments;
  @Inject Completion completion;
  @Inject Assignments assignments;
  @Inject Cohorts cohorts;
  @Inject MailOutbox outbox;
  @Inject PlatformClock clock;

  public long account(String username) {
    return accounts.findByUsername(username).orElseThrow().getId();
  }

  /** A police course of one quiz, published by the demo trainer; optionally mandatory. */
  public long publishCourse(String title, boolean mandatory) {
    Account trainer = accounts.findByUsername("trainer").orElseThrow();
    Course course =
        new Course(trainer.getOrganisation().getId(), trainer.getId(), "da", title, clock.now());
    course.configure(Set.of(Audience.POLICE), List.of("da"), 10, mandatory, mandatory ? 12 : null);
    CourseModule module = course.addModule("da", "Modul");
    module.addQuiz("da", "Quiz", QUIZ);
    em.persist(course);
    em.flush();
    publishing.release(course, trainer.getId(), null, false);
    return course.getId();
  }

  /** The learner passes the course's quiz, which completes the course. */
  public void complete(String username) {
    completion.attemptGraded(new AttemptGraded(account(username), QUIZ, 1, 100, true));
  }

  /**
   * Cohort sync: a cohort is assigned a course due in 20 days; someone who joins afterwards is
   * enrolled with that due date. Answers "before=.. after=.. due=..".
   */
  public String cohortSync(String cohortName, String username) {
    long police = accounts.findByUsername("trainee").orElseThrow().getOrganisation().getId();
    Cohort cohort = new Cohort(police, cohortName, null, clock.now());
    em.persist(cohort);
    em.flush();
    long course = publishCourse(cohortName, false);
    LocalDate due = today().plusDays(20);
    em.persist(Assignment.toCohort(police, course, cohort.getId(), due, null, clock.now()));
    em.flush();
    long person = account(username);
    boolean before = enrolments.active(person, course) != null;
    cohorts.join(cohort, person);
    Enrolment after = enrolments.active(person, course);
    return "before="
        + before
        + " after="
        + (after != null)
        + " due="
        + (after == null ? null : after.getDueOn().equals(due));
  }

  /**
   * Recertification: the person completes a mandatory course, its certificate is made to have
   * expired yesterday, and the run re-assigns it. Answers what the run did.
   */
  public String recertify(String title, String username) {
    long course = publishCourse(title, true);
    long person = account(username);
    Enrolment first =
        enrolments.record(person, em.find(Course.class, course), null, null, clock.now());
    complete(username);
    em.flush();
    em.createNativeQuery(
            "UPDATE crs_enrolment SET expires_at = DATE_SUB(expires_at, INTERVAL 400 DAY)"
                + " WHERE id = ?1")
        .setParameter(1, first.getId())
        .executeUpdate();
    em.clear();
    int renewed = assignments.recertifyExpired(1000);
    Enrolment now = enrolments.active(person, course);
    return "renewed="
        + (renewed >= 1)
        + " newEnrolment="
        + (now != null && !now.getId().equals(first.getId()))
        + " completed="
        + (now != null && now.getCompletedAt() != null)
        + " dueInDays="
        + (now == null ? null : ChronoUnit.DAYS.between(today(), now.getDueOn()));
  }

  /** A coordinator of one organisation only (the demo coordinator is national). */
  public String localCoordinator(String username, String organisationCode, String password) {
    if (accounts.findByUsername(username).isPresent()) {
      return username;
    }
    person(
        username, "Koordinator " + organisationCode, organisationCode, password, Role.COORDINATOR);
    return username;
  }

  /** An account of the organisation with one role; its address is {@code <username>@it.tegn.dk}. */
  private Account person(
      String username, String name, String organisationCode, String password, Role role) {
    Organisation organisation =
        em.createNamedQuery("Organisation.findByCode", Organisation.class)
            .setParameter("code", organisationCode)
            .getSingleResult();
    Account account =
        new Account(
            username,
            name,
            username + "@it.tegn.dk",
            organisation,
            hasher.hash(password),
            clock.now());
    account.grant(role, organisation, clock.now());
    em.persist(account);
    em.flush();
    return account;
  }

  /**
   * A new organisation of its own (so its registration settings touch no other test) with a
   * coordinator and one empty cohort; answers the coordinator's username.
   */
  public String organisationWithCohort(
      String code, String username, String password, String cohortName) {
    Organisation organisation = new Organisation(code, "IT " + code, "da", false, clock.now());
    em.persist(organisation);
    em.flush();
    em.persist(new Cohort(organisation.getId(), cohortName, null, clock.now()));
    return localCoordinator(username, code, password);
  }

  /**
   * A trainee of the police school with the demo password, enrolled in a new course due in 20 days
   * (the per-learner report's journey); answers the account id.
   */
  public long learner(String username, String title) {
    Organisation police = accounts.findByUsername("trainee").orElseThrow().getOrganisation();
    Account account =
        new Account(
            username,
            "Kursist " + username,
            username + "@it.tegn.dk",
            police,
            hasher.hash("tegn-demo"),
            clock.now());
    account.grant(Role.TRAINEE, police, clock.now());
    em.persist(account);
    em.flush();
    long course = publishCourse(title, false);
    enrolments.record(
        account.getId(), em.find(Course.class, course), today().plusDays(20), null, clock.now());
    return account.getId();
  }

  /**
   * A trainee of the organisation (address {@code <username>@it.tegn.dk}, no language of their own:
   * the organisation's Danish) enrolled in a new course whose due date was three days ago; answers
   * the trainee's name as the dashboard shows it.
   */
  public String overdueLearner(String organisationCode, String username, String title) {
    Account learner =
        person(username, "Kadet " + username, organisationCode, "tegn-demo", Role.TRAINEE);
    Course course = em.find(Course.class, publishCourse(title, false));
    enrolments.record(learner.getId(), course, today().minusDays(3), null, clock.now());
    return learner.getDisplayName();
  }

  /** Queues a mail; returns its outbox id. */
  public long enqueue(String recipient) {
    return outbox.enqueue(recipient, "Prøve", "Tegn");
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }
}
