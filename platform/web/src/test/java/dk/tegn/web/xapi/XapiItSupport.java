package dk.tegn.web.xapi;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.version.control.Publishing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Test-only server side of {@link XapiIT}, added to the deployed WAR: an organisation of its own
 * (so no other test's statements mix in) with an administrator, a coordinator and a trainee, and a
 * published course of one lesson and a given quiz that the trainee is enrolled in.
 */
@ApplicationScoped
@Transactional
public class XapiItSupport {

  static final String PASSWORD = "tegn-demo";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Publishing publishing;
  @Inject Enrolments enrolments;
  @Inject PlatformClock clock;

  /** Answers "organisation admin coordinator trainee course", space-separated. */
  public String arrange(long quizId) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Organisation org =
        new Organisation("xapi-" + suffix, "xAPI-skolen " + suffix, "da", false, clock.now());
    em.persist(org);
    Account admin = account(org, "xadmin-" + suffix, Role.ADMIN);
    Account coordinator = account(org, "xcoord-" + suffix, Role.COORDINATOR);
    Account trainee = account(org, "xcadet-" + suffix, Role.TRAINEE);
    Course course = new Course(org.getId(), admin.getId(), "da", "Tegnene " + suffix, clock.now());
    course.configure(Set.of(), List.of("da"), 20, true, 24);
    CourseModule module = course.addModule("da", "Modul");
    module.addLesson("da", "Lektion", "Gæld, trusler og inddraget pas.");
    module.addQuiz("da", "Prøve", quizId);
    em.persist(course);
    em.flush();
    publishing.release(course, admin.getId(), null, false);
    enrolments.record(trainee.getId(), course, null, null, clock.now());
    return org.getId()
        + " "
        + admin.getUsername()
        + " "
        + coordinator.getUsername()
        + " "
        + trainee.getUsername()
        + " "
        + course.getId();
  }

  private Account account(Organisation org, String username, Role role) {
    Account a =
        new Account(username, "Test " + username, null, org, hasher.hash(PASSWORD), clock.now());
    a.grant(role, org, clock.now());
    em.persist(a);
    em.flush();
    return a;
  }
}
