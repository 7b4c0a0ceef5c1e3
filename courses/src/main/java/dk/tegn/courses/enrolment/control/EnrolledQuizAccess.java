package dk.tegn.courses.enrolment.control;

import dk.tegn.assessments.attempt.QuizAccessPolicy;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.version.control.VersionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A learner may take a quiz of another organisation when the course version they are enrolled in
 * holds it: a police cadet takes the centre's final quiz of the course assigned to her. Taken from
 * a course, the quiz's context is that course, whose attempts count apart from another course's.
 */
@ApplicationScoped
public class EnrolledQuizAccess implements QuizAccessPolicy {

  @PersistenceContext EntityManager em;
  @Inject VersionStore versions;

  @Override
  public boolean admits(long learnerId, long quizId) {
    return em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
        .setParameter("accountId", learnerId)
        .getResultStream()
        .anyMatch(e -> holds(e, quizId));
  }

  /** The context of a quiz taken from a course is the course's id (see the player's quiz link). */
  @Override
  public boolean admitsIn(long learnerId, long quizId, long courseId) {
    return em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
        .setParameter("accountId", learnerId)
        .getResultStream()
        .anyMatch(e -> e.getCourseId() == courseId && holds(e, quizId));
  }

  private boolean holds(Enrolment e, long quizId) {
    return versions.course(e.getCourseId(), e.getVersionNumber()).items().stream()
        .anyMatch(i -> i.kind() == ItemKind.QUIZ && i.quizId() == quizId);
  }
}
