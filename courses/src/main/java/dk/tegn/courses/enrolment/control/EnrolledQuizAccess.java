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
 * holds it: a police cadet takes the centre's final quiz of the course assigned to her.
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
        .anyMatch(
            e ->
                versions.course(e.getCourseId(), e.getVersionNumber()).items().stream()
                    .anyMatch(i -> i.kind() == ItemKind.QUIZ && i.quizId() == quizId));
  }
}
