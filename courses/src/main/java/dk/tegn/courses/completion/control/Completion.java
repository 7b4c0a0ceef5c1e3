package dk.tegn.courses.completion.control;

import dk.tegn.assessments.attempt.AttemptGraded;
import dk.tegn.assessments.attempt.AttemptRegraded;
import dk.tegn.assessments.attempt.control.GradedAttempts;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.completion.CourseCompleted;
import dk.tegn.courses.completion.entity.CourseCompletion;
import dk.tegn.courses.completion.entity.CourseProgress;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.learning.entity.ItemProgress;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps an enrolment's progress and completion up to date. Runs in the transaction of whatever
 * changed progress (a trainee opening a lesson, assessments grading an attempt), so progress and
 * its cause are stored together or not at all.
 */
@ApplicationScoped
@Transactional
public class Completion {

  private static final Logger LOG = Logger.getLogger(Completion.class.getName());

  /**
   * After the other observers of a grade (default priority {@code APPLICATION + 500}): a grade that
   * completes a course changes the organisation's shared counter rows (through the enrolment's
   * change event), whose locks are held until commit, so that comes as late as it can.
   */
  static final int AFTER_OTHERS = Interceptor.Priority.APPLICATION + 900;

  @PersistenceContext EntityManager em;
  @Inject EnrolmentChanges changes;
  @Inject PlatformClock clock;
  @Inject VersionStore versions;
  @Inject Event<CourseCompleted> completed;
  @Inject GradedAttempts gradedAttempts;

  /**
   * A graded quiz attempt counts for the course it was taken in (its context), or, taken outside a
   * course, for every active enrolment whose version holds that quiz; after completion it still
   * updates the best score, never the completion.
   */
  public void attemptGraded(@Observes @Priority(AFTER_OTHERS) AttemptGraded graded) {
    List<Enrolment> enrolments =
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", graded.learnerId())
            .getResultList();
    for (Enrolment e : enrolments) {
      if (graded.contextId() != 0 && graded.contextId() != e.getCourseId()) {
        continue;
      }
      PublishedCourse course = versions.course(e.getCourseId(), e.getVersionNumber());
      List<PublishedItem> quizItems = quizItems(course, graded.quizId());
      for (PublishedItem item : quizItems) {
        progress(e.getId(), item.key())
            .graded(item, graded.scorePercent(), graded.passed(), clock.now());
      }
      if (!quizItems.isEmpty()) {
        em.flush();
        evaluate(e, course);
      }
    }
  }

  /**
   * A coordinator overrode an attempt's grade. As in Moodle, the override replaces that attempt's
   * grade and the quiz's grade is worked out again from all attempts under the quiz's grading
   * method ({@link AttemptRegraded#quizGradeAfter}): the course's score for the quiz item becomes
   * that grade, lower as well as higher. In a course not yet completed the quiz is done exactly
   * when that grade passes (a pass completes the course and issues its certificate when everything
   * else is done). A completed course stays completed with its certificate, as Moodle keeps a
   * course completion; a coordinator withdraws the certificate where that is wanted.
   */
  public void attemptRegraded(@Observes @Priority(AFTER_OTHERS) AttemptRegraded regraded) {
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", regraded.learnerId())
            .getResultList()) {
      if (regraded.contextId() != 0 && regraded.contextId() != e.getCourseId()) {
        continue;
      }
      PublishedCourse course = versions.course(e.getCourseId(), e.getVersionNumber());
      List<PublishedItem> quizItems = quizItems(course, regraded.quizId());
      for (PublishedItem item : quizItems) {
        progress(e.getId(), item.key())
            .regraded(
                item,
                regraded.quizGradeAfter(),
                regraded.quizPassedAfter() || passedElsewhere(regraded, e),
                e.isCompleted(),
                clock.now());
      }
      if (!quizItems.isEmpty()) {
        em.flush();
        evaluate(e, course);
      }
    }
  }

  /**
   * Whether an attempt outside any course (context 0) passes the quiz for this enrolment, as such
   * attempts count for every course holding the quiz; only asked when the override's own context
   * does not pass.
   */
  private boolean passedElsewhere(AttemptRegraded regraded, Enrolment e) {
    return gradedAttempts.of(regraded.learnerId()).stream()
        .anyMatch(
            t ->
                t.quizId() == regraded.quizId()
                    && t.contextId() != regraded.contextId()
                    && (t.contextId() == 0 || t.contextId() == e.getCourseId())
                    && t.passed() > 0);
  }

  private static List<PublishedItem> quizItems(PublishedCourse course, long quizId) {
    return course.items().stream()
        .filter(i -> i.kind() == ItemKind.QUIZ && i.quizId() == quizId)
        .toList();
  }

  /** The progress row of one item, created on first use. */
  public ItemProgress progress(long enrolmentId, long itemKey) {
    return em.createNamedQuery("ItemProgress.findByEnrolmentAndItem", ItemProgress.class)
        .setParameter("enrolmentId", enrolmentId)
        .setParameter("itemKey", itemKey)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              ItemProgress p = new ItemProgress(enrolmentId, itemKey);
              em.persist(p);
              return p;
            });
  }

  public Set<Long> doneItems(long enrolmentId) {
    return em.createNamedQuery("ItemProgress.findByEnrolment", ItemProgress.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultStream()
        .filter(ItemProgress::isDone)
        .map(ItemProgress::getItemKey)
        .collect(Collectors.toSet());
  }

  /**
   * Stores the enrolment's progress and, the first time every module is complete, records the
   * completion (once per enrolment) and raises {@link CourseCompleted}.
   */
  public CourseProgress evaluate(Enrolment enrolment, PublishedCourse course) {
    CourseProgress progress = new CourseProgress(course, doneItems(enrolment.getId()));
    if (enrolment.isCompleted()) {
      return progress;
    }
    enrolment.recordProgress(progress.percent());
    if (progress.isCourseComplete()) {
      var now = clock.now();
      enrolment.complete(now, Certificate.expiry(now, course.certificateValidityMonths()));
      changes.publish(enrolment);
      em.persist(
          new CourseCompletion(
              enrolment.getId(),
              enrolment.getAccountId(),
              enrolment.getCourseId(),
              enrolment.getVersionNumber(),
              now));
      em.flush();
      LOG.info(() -> "enrolment " + enrolment.getId() + " completed");
      completed.fire(
          new CourseCompleted(
              enrolment.getAccountId(),
              enrolment.getCourseId(),
              enrolment.getId(),
              enrolment.getVersionNumber()));
    }
    return progress;
  }
}
