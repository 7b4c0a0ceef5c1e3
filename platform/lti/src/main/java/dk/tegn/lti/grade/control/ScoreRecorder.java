package dk.tegn.lti.grade.control;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.lti.grade.entity.Score;
import dk.tegn.lti.launch.entity.LinkMember;
import dk.tegn.lti.launch.entity.ResourceLink;
import dk.tegn.lti.launch.entity.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * Queues a score for the grade book of every platform link a trainee came through, in the
 * transaction that graded the quiz or completed the course: if that work rolls back, no score goes
 * out. A quiz link gets the attempt's score; a course link gets full marks when the course is
 * completed (its completion rules, final quiz included, are met). A coordinator's override of an
 * attempt sends the quiz's grade as it counts now (every attempt, the override in place of the
 * graded score, under the quiz's grading method): AGS keeps the newest score per line item and
 * user, so the platform's grade book follows the override, down as well as up.
 */
@ApplicationScoped
public class ScoreRecorder {

  static final BigDecimal MAXIMUM = BigDecimal.valueOf(100);

  @PersistenceContext EntityManager em;
  @Inject PlatformClock clock;

  public void quizGraded(@Observes AttemptGraded graded) {
    record(
        graded.learnerId(),
        TargetKind.QUIZ,
        graded.quizId(),
        BigDecimal.valueOf(graded.scorePercent()),
        graded.passed() ? "passed" : "not passed");
  }

  public void quizRegraded(@Observes AttemptRegraded regraded) {
    record(
        regraded.learnerId(),
        TargetKind.QUIZ,
        regraded.quizId(),
        BigDecimal.valueOf(regraded.quizGradeAfter()),
        (regraded.quizPassedAfter() ? "passed" : "not passed") + " (grade overridden)");
  }

  public void courseCompleted(@Observes CourseCompleted completed) {
    record(completed.learnerId(), TargetKind.COURSE, completed.courseId(), MAXIMUM, "completed");
  }

  private void record(
      long accountId, TargetKind kind, long targetId, BigDecimal score, String comment) {
    for (LinkMember member :
        em.createNamedQuery("LinkMember.findByAccount", LinkMember.class)
            .setParameter("accountId", accountId)
            .setMaxResults(100)
            .getResultList()) {
      ResourceLink link = em.find(ResourceLink.class, member.getLinkId());
      if (link != null
          && link.getTargetKind() == kind
          && link.getTargetId() == targetId
          && link.takesScores()) {
        em.persist(
            new Score(
                member.getId(), score, MAXIMUM, "Completed", "FullyGraded", comment, clock.now()));
      }
    }
  }
}
