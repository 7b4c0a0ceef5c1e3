package dk.tegn.courses.testing;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestBeans;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.control.Certificates;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.version.control.Publishing;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs the courses services against the real test MariaDB, each call in its own committed
 * transaction as a given caller, and records the CDI events they fire.
 */
public final class CoursesTestKit {

  private static EntityManagerFactory emf;

  public final List<Object> fired = new ArrayList<>();
  private final List<Class<?>> observers =
      new ArrayList<>(List.of(Completion.class, Certificates.class));
  private Instant now = SampleCourses.NOW;

  public static synchronized EntityManagerFactory emf() {
    if (emf == null) {
      emf = JpaTestSupport.entityManagerFactory("tegn-courses-test");
    }
    return emf;
  }

  /** Also lets these beans observe the events fired, as CDI would. */
  public CoursesTestKit observing(Class<?>... more) {
    observers.addAll(List.of(more));
    return this;
  }

  public void at(Instant now) {
    this.now = now;
  }

  public <T> T as(CurrentCaller caller, Function<TestBeans, T> work) {
    return JpaTestSupport.inTransaction(
        emf(),
        em ->
            work.apply(
                new TestBeans(
                    em,
                    List.of(caller, new PlatformClock(Clock.fixed(now, ZoneOffset.UTC))),
                    List.copyOf(observers),
                    fired)));
  }

  /**
   * The two-module sample course (its quiz item pointing at {@code quizId}) published by the
   * organisation's trainer, and the learner enrolled in it by its coordinator, due {@code dueOn}.
   */
  public long publishedAndEnrolled(Org org, long quizId, long learner, LocalDate dueOn) {
    long id =
        as(
            org.trainer(),
            b -> {
              Course c = SampleCourses.twoModules(org.id(), org.trainerId(), quizId);
              c.configure(Set.of(), List.of("da", "en"), 30, true, 24);
              b.em().persist(c);
              b.em().flush();
              b.get(Publishing.class).publish(c.getId(), null, false);
              return c.getId();
            });
    as(org.coordinator(), b -> b.get(Enrolments.class).enrol(learner, id, dueOn));
    return id;
  }

  /**
   * Assessments' word that trainee {@code index} of {@code org} had an attempt at the quiz graded
   * outside any course, handed to courses' {@link Completion} as CDI would (in the trainee's own
   * transaction).
   */
  public void graded(Org org, int index, long quizId, int score, boolean passed) {
    as(
        org.trainee(index),
        b -> {
          b.get(Completion.class)
              .attemptGraded(
                  new AttemptGraded(org.traineeIds().get(index), quizId, 1, score, passed));
          return null;
        });
  }

  /** The first course on trainee {@code index}'s own list ("my courses"). */
  public MyCourse firstCourse(Org org, int index) {
    return as(org.trainee(index), b -> b.get(Enrolments.class).mine(0, 10)).get(0);
  }

  /** An organisation with a trainer, a coordinator and trainees, all with unique names. */
  public Org organisation(int trainees) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return JpaTestSupport.inTransaction(
        emf(),
        em -> {
          Organisation org =
              new Organisation("o-" + suffix, "Politiskolen " + suffix, "da", false, now);
          em.persist(org);
          Account trainer = account(em, org, "trainer-" + suffix, Role.TRAINER);
          Account coordinator = account(em, org, "coord-" + suffix, Role.COORDINATOR);
          List<Long> traineeIds = new ArrayList<>();
          for (int i = 0; i < trainees; i++) {
            traineeIds.add(account(em, org, "cadet" + i + "-" + suffix, Role.TRAINEE).getId());
          }
          return new Org(org.getId(), trainer.getId(), coordinator.getId(), traineeIds);
        });
  }

  private Account account(
      jakarta.persistence.EntityManager em, Organisation org, String username, Role role) {
    Account a = new Account(username, "Kadet Ærø " + username, null, org, "hash", now);
    a.grant(role, org, now);
    em.persist(a);
    em.flush();
    return a;
  }

  /** Ids of an organisation arranged for one test. */
  public record Org(long id, long trainerId, long coordinatorId, List<Long> traineeIds) {

    public TestCaller trainer() {
      return TestCaller.of(trainerId, id, Role.TRAINER);
    }

    public TestCaller coordinator() {
      return TestCaller.of(coordinatorId, id, Role.COORDINATOR);
    }

    public TestCaller trainee(int index) {
      return TestCaller.of(traineeIds.get(index), id, Role.TRAINEE);
    }
  }
}
