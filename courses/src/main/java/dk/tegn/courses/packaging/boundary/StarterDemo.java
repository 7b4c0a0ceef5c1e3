package dk.tegn.courses.packaging.boundary;

import dk.tegn.core.demo.DemoDataSeeded;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.packaging.control.StarterCurriculum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo content of the starter curriculum: the three courses, owned by the national centre and
 * authored by the demo trainer, published, with the demo trainee and the police cadets enrolled in
 * the police course. Runs in the seeder's transaction (the demo accounts may not be committed yet)
 * and is idempotent like the seeder.
 */
@ApplicationScoped
public class StarterDemo {

  static final String OWNER = "cmm";
  static final String AUTHOR = "trainer";

  private static final Logger LOG = Logger.getLogger(StarterDemo.class.getName());

  @PersistenceContext EntityManager em;
  @Inject StarterCurriculum starter;
  @Inject Enrolments enrolments;
  @Inject PlatformClock clock;

  @Transactional
  public void seed(@Observes DemoDataSeeded seeded) {
    Long owner = seeded.organisations().get(OWNER);
    Long trainer = seeded.accounts().get(AUTHOR);
    if (owner == null || trainer == null) {
      LOG.warning(
          "no organisation 'cmm' or account 'trainer' in the demo data; no starter courses");
      return;
    }
    Map<String, Long> courses = starter.ensureImported(owner, trainer);
    Long police = courses.get("police");
    if (police == null) {
      return;
    }
    Course course = em.find(Course.class, police);
    List<Long> learners = new ArrayList<>();
    for (String username : policeLearners()) {
      Long id = seeded.accounts().get(username);
      if (id != null) {
        enrolments.record(id, course, null, trainer, clock.now());
        learners.add(id);
      }
    }
    LOG.info(
        () ->
            "starter courses "
                + courses
                + " ready; "
                + learners.size()
                + " demo learner(s) enrolled in the police course");
  }

  static List<String> policeLearners() {
    List<String> usernames = new ArrayList<>();
    usernames.add("trainee");
    for (int i = 1; i <= 20; i++) {
      usernames.add(String.format("cadet%02d", i));
    }
    return usernames;
  }
}
