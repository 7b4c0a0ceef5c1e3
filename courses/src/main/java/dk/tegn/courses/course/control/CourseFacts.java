package dk.tegn.courses.course.control;

import dk.tegn.core.persistence.LocalizedTextConverter;
import dk.tegn.core.persistence.SqlIds;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What other modules may know of courses, as ids and titles rather than entities, so that their
 * reports name no table of this module (coordination's dashboard, reminders and assignments).
 * Course titles and audiences are no personal data: callers check their own access.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseFacts {

  private static final LocalizedTextConverter TITLES = new LocalizedTextConverter();

  /** Which course's items point at which quiz (a quiz may serve several courses). */
  public record QuizPlace(long courseId, long quizId) {}

  @PersistenceContext EntityManager em;

  /**
   * Titles of the courses, by id in {@code language} (else the course's authoring language); an id
   * of no course is left out. One query of the title column alone, not an entity per course.
   */
  public Map<Long, String> titles(Collection<Long> courseIds, String language) {
    Map<Long, String> titles = new LinkedHashMap<>();
    if (courseIds.isEmpty()) {
      return titles;
    }
    for (Object[] r :
        rows(
            "SELECT id, title, authoring_language FROM crs_course WHERE id IN ("
                + ids(courseIds)
                + ") ORDER BY id")) {
      titles.put(
          ((Number) r[0]).longValue(),
          TITLES.convertToEntityAttribute((String) r[1]).resolve(language, (String) r[2]));
    }
    return titles;
  }

  /** Ids of the courses made for an audience (an {@code Audience} name). */
  public Set<Long> forAudience(String audience) {
    List<?> found =
        em.createNativeQuery("SELECT id FROM crs_course WHERE FIND_IN_SET(?1, audiences) > 0")
            .setParameter(1, audience)
            .getResultList();
    return found.stream()
        .map(id -> ((Number) id).longValue())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Published courses (the ones people can be enrolled in), oldest first, titled. */
  public Map<Long, String> published(String language, int max) {
    Map<Long, String> published = new LinkedHashMap<>();
    List<?> found =
        em.createNativeQuery(
                "SELECT id, title, authoring_language FROM crs_course"
                    + " WHERE published_version > 0 ORDER BY id LIMIT ?1")
            .setParameter(1, max)
            .getResultList();
    for (Object row : found) {
      Object[] r = (Object[]) row;
      published.put(
          ((Number) r[0]).longValue(),
          TITLES.convertToEntityAttribute((String) r[1]).resolve(language, (String) r[2]));
    }
    return published;
  }

  /** Whether the course exists and has a published version (people can be enrolled in it). */
  public boolean isPublished(long courseId) {
    Course course = em.find(Course.class, courseId);
    return course != null && course.getPublishedVersion() > 0;
  }

  /** Refuses an unknown course (404) and an unpublished one, as enrolling in it would. */
  public void requirePublished(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    if (course.getPublishedVersion() == 0) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.notPublished");
    }
  }

  /**
   * A course's title in {@code language}, else in {@code fallbackLanguage} (a person's
   * organisation's), else in its authoring language; empty for no course.
   */
  public Optional<String> title(long courseId, String language, String fallbackLanguage) {
    return Optional.ofNullable(em.find(Course.class, courseId))
        .map(c -> c.getTitle().resolve(language, fallbackLanguage));
  }

  /** Every place a quiz is used in a course. */
  public List<QuizPlace> quizPlaces() {
    List<QuizPlace> places = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT DISTINCT md.course_id, i.quiz_id FROM crs_item i"
                + " JOIN crs_module md ON md.id = i.module_id WHERE i.quiz_id IS NOT NULL")) {
      places.add(new QuizPlace(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    }
    return places;
  }

  private List<Object[]> rows(String sql) {
    List<Object[]> rows = new ArrayList<>();
    for (Object row : em.createNativeQuery(sql).getResultList()) {
      rows.add((Object[]) row);
    }
    return rows;
  }

  /** Numbers only, so the list is safe to write into the statement. */
  private static String ids(Collection<Long> ids) {
    return SqlIds.list(ids);
  }
}
