package dk.tegn.courses.learning.control;

import dk.tegn.assessments.attempt.QuizGate;
import dk.tegn.core.account.entity.Account;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.completion.entity.CourseProgress;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a quiz closed while it sits in a locked module of the learner's course, however the quiz is
 * reached (the quiz page by URL, the REST API): the same rule the course player follows. A quiz
 * that is open in any of the learner's active enrolments, or in none of their courses at all, is
 * left to assessments' own rules.
 */
@ApplicationScoped
public class LockedModuleQuizGate implements QuizGate {

  @PersistenceContext EntityManager em;
  @Inject VersionStore versions;
  @Inject Completion completion;

  @Override
  public Optional<Closed> closed(long learnerId, long quizId, String language) {
    return closed(learnerId, quizId, 0, language);
  }

  /** Taken from a course (the context is its id), only that course's lock counts. */
  @Override
  public Optional<Closed> closed(long learnerId, long quizId, long courseId, String language) {
    Closed first = null;
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", learnerId)
            .setMaxResults(500)
            .getResultList()) {
      if (courseId != 0 && e.getCourseId() != courseId) {
        continue;
      }
      PublishedCourse course = versions.course(e.getCourseId(), e.getVersionNumber());
      Optional<PublishedItem> item =
          course.items().stream()
              .filter(i -> i.kind() == ItemKind.QUIZ && i.quizId() == quizId)
              .findFirst();
      if (item.isEmpty()) {
        continue;
      }
      // open with nothing done is open whatever was done (more done only opens more): the
      // learner's progress is read only for a quiz behind a lock (each start, ops/BENCHMARKS.md §3)
      if (new CourseProgress(course, Set.of()).isOpen(item.get())
          || new CourseProgress(course, completion.doneItems(e.getId())).isOpen(item.get())) {
        return Optional.empty();
      }
      if (first == null) {
        // the learner's own organisation language completes the fallback rule for the titles
        String orgDefault = em.find(Account.class, learnerId).getOrganisation().getDefaultLocale();
        // an API call without Accept-Language has no language: the organisation's, not a 500
        Locale locale =
            Locale.forLanguageTag(
                language != null ? language : orgDefault != null ? orgDefault : "");
        first =
            new Closed(
                LockedItems.reason(course, item.get(), locale, orgDefault),
                LockedItems.playerPath(e.getCourseId()),
                LockedItems.toCourse(course, locale, orgDefault));
      }
    }
    return Optional.ofNullable(first);
  }
}
