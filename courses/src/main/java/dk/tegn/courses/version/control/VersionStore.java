package dk.tegn.courses.version.control;

import dk.tegn.core.cache.RecentlyUsed;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.courses.version.entity.CourseVersion;
import dk.tegn.courses.version.entity.PublishedCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * Reads published versions for the player, completion and certificates. A version never changes, so
 * its parsed snapshot is kept in a small in-memory cache shared by all requests; no access check
 * here, callers check who may see what.
 */
@ApplicationScoped
public class VersionStore {

  private static final int CACHED_VERSIONS = 200;

  @PersistenceContext EntityManager em;

  private final Map<String, PublishedCourse> cache = RecentlyUsed.keeping(CACHED_VERSIONS);

  public PublishedCourse course(long courseId, int number) {
    String key = courseId + "/" + number;
    synchronized (cache) {
      PublishedCourse cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    PublishedCourse course = version(courseId, number).course();
    synchronized (cache) {
      cache.put(key, course);
    }
    return course;
  }

  public CourseVersion version(long courseId, int number) {
    return em.createNamedQuery("CourseVersion.findByCourseAndNumber", CourseVersion.class)
        .setParameter("courseId", courseId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("course version", courseId + "/" + number));
  }

  /**
   * Why a trainee who completed version {@code completedVersion} is asked to complete the course
   * again: the reason of the newest later version that required it, or null.
   */
  public String recompletionReason(long courseId, int completedVersion) {
    return em.createNamedQuery("CourseVersion.findRecompletionsAfter", CourseVersion.class)
        .setParameter("courseId", courseId)
        .setParameter("number", completedVersion)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(CourseVersion::getRecompletionReason)
        .orElse(null);
  }
}
