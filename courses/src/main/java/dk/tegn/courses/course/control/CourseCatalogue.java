package dk.tegn.courses.course.control;

import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Published courses and their quizzes as plain values, for modules that link to them from outside
 * (an LTI platform's course page), and enrolment on behalf of such a link. Callers decide who may
 * ask; nothing here checks the caller.
 */
@ApplicationScoped
@Transactional
public class CourseCatalogue {

  /** A published course with the quizzes of its latest version. */
  public record Entry(long courseId, String title, List<QuizEntry> quizzes) {}

  /** A quiz item of a published course. */
  public record QuizEntry(long quizId, String title) {}

  @PersistenceContext EntityManager em;
  @Inject VersionStore versions;
  @Inject Enrolments enrolments;
  @Inject PlatformClock clock;

  /** Every published course, in {@code language} where translated. */
  public List<Entry> published(String language) {
    return em.createQuery(
            "select c from Course c where c.publishedVersion > 0 order by c.id", Course.class)
        .setMaxResults(1000)
        .getResultStream()
        .map(c -> entry(c, language))
        .toList();
  }

  public Optional<Entry> published(long courseId, String language) {
    Course course = em.find(Course.class, courseId);
    return course == null || course.getPublishedVersion() == 0
        ? Optional.empty()
        : Optional.of(entry(course, language));
  }

  /** The published course whose latest version holds the quiz, if any. */
  public Optional<Entry> courseOfQuiz(long quizId, String language) {
    return published(language).stream()
        .filter(e -> e.quizzes().stream().anyMatch(q -> q.quizId() == quizId))
        .findFirst();
  }

  /**
   * Enrols the account in the published course (idempotent) for a caller that has decided already,
   * such as a verified LTI launch; returns the enrolment's id.
   */
  public long enrolOnBehalf(long accountId, long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new dk.tegn.core.problem.RecordNotFoundException("course", courseId);
    }
    return enrolments.record(accountId, course, null, null, clock.now()).getId();
  }

  private Entry entry(Course course, String language) {
    PublishedCourse published = versions.course(course.getId(), course.getPublishedVersion());
    String fallback = published.authoringLanguage();
    return new Entry(
        course.getId(),
        published.title().resolve(language, fallback),
        published.items().stream()
            .filter(i -> i.kind() == ItemKind.QUIZ && i.quizId() != null)
            .map(i -> new QuizEntry(i.quizId(), i.title().resolve(language, fallback)))
            .toList());
  }
}
