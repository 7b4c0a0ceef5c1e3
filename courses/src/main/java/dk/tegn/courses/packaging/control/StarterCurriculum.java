package dk.tegn.courses.packaging.control;

import dk.tegn.assessments.quiz.control.QuizFacts;
import dk.tegn.assessments.transfer.control.BankTransfer;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.courses.version.control.Publishing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The three starter courses (police, embassy and consular staff, health workers), shipped in the
 * jar as packages under {@code starter/<key>/} (source: courses/src/main/resources/starter), and
 * their import for the demo.
 */
@ApplicationScoped
@Transactional
public class StarterCurriculum {

  /** Package keys, which are also the folder names. */
  public static final List<String> KEYS = List.of("police", "embassy", "health");

  static final String DEMO_KEY_PREFIX = "starter-";

  private static final Logger LOG = Logger.getLogger(StarterCurriculum.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;
  @Inject Publishing publishing;
  @Inject BankTransfer banks;
  @Inject QuizFacts quizFacts;

  /** The files of a starter package, read from the class path. */
  public static Map<String, byte[]> files(String key) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("no starter course " + key);
    }
    return PackageFiles.fromClasspath(StarterCurriculum.class.getClassLoader(), "starter/" + key);
  }

  /**
   * Imports and publishes the starter courses into an organisation, once: a course imported before
   * (found by its demo key) is left as it is, whatever trainers did to it since. Trusted platform
   * code only (the demo seeder): it runs the bank import as {@code trainerAccountId}.
   *
   * @return course id by package key, for the courses that could be imported
   */
  public Map<String, Long> ensureImported(long organisationId, long trainerAccountId) {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (String key : KEYS) {
      Course course =
          em.createNamedQuery("Course.findByDemoKey", Course.class)
              .setParameter("organisationId", organisationId)
              .setParameter("key", DEMO_KEY_PREFIX + key)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (course == null) {
        course = importStarter(key, organisationId, trainerAccountId);
      }
      if (course != null) {
        ids.put(key, course.getId());
      }
    }
    return ids;
  }

  private Course importStarter(String key, long organisationId, long trainerAccountId) {
    Map<String, byte[]> files = files(key);
    // checked before anything is written: a broken package is logged and skipped, and never
    // rolls back the demo data it runs beside
    List<Problem> problems = CoursePackages.check(files);
    if (!problems.isEmpty()) {
      LOG.log(
          Level.SEVERE,
          "starter course {0} not imported: {1}",
          new Object[] {key, problems.stream().map(Problem::toString).toList()});
      return null;
    }
    // nobody is signed in at start: the trusted import, with the trainer as author
    Course course =
        new PackageImport(
                em,
                quizFacts,
                clock.now(),
                (file, org) -> banks.importTrusted(file, org, trainerAccountId))
            .asNewCourse(files, organisationId, trainerAccountId);
    course.markAsDemo(DEMO_KEY_PREFIX + key);
    publishing.release(course, trainerAccountId, null, false);
    LOG.info(() -> "starter course " + key + " imported and published as course " + course.getId());
    return course;
  }
}
