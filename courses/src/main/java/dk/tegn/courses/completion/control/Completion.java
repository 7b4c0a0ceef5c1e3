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
import dk.tegn.courses.enrolment.entity.GradedEnrolment;
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
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

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
   *
   * <p>One upsert of the item's progress rows records the grade (the best score, the first opening,
   * done when it passes), in every enrolment it counts for at once (a quiz outside any course
   * counts in each course holding it: ten in the exam's load data, where the ten single-row upserts
   * were a third of a submit's waits on MariaDB, ops/BENCHMARKS.md §3 session 16). Completion and
   * the progress figure can change only when a pass makes a quiz item done that was not done in a
   * course not yet completed: only then are the done items read (one statement of their keys,
   * before the upsert) and the course evaluated. A fail, a pass of a quiz already passed, or any
   * grade in a completed course costs the upsert alone (ops/BENCHMARKS.md §3: this observer was a
   * quarter of a submit).
   */
  public void attemptGraded(@Observes @Priority(AFTER_OTHERS) AttemptGraded graded) {
    // the enrolments' ids, courses, versions and completion only: an entity is read only for the
    // one a pass may complete (ten enrolments of twenty columns were read as entities per submit)
    List<GradedEnrolment> enrolments =
        em.createNamedQuery("Enrolment.listActiveFactsByAccount", GradedEnrolment.class)
            .setParameter("accountId", graded.learnerId())
            .getResultList();
    Instant now = clock.now();
    List<long[]> grades = new ArrayList<>();
    List<Runnable> evaluations = new ArrayList<>();
    for (GradedEnrolment e : enrolments) {
      long enrolmentId = e.enrolmentId();
      if (graded.contextId() != 0 && graded.contextId() != e.courseId()) {
        continue;
      }
      PublishedCourse course = versions.course(e.courseId(), e.versionNumber());
      List<PublishedItem> quizItems = quizItems(course, graded.quizId());
      if (quizItems.isEmpty()) {
        continue;
      }
      Set<Long> done =
          graded.passed() && !e.completed() ? new HashSet<>(doneItems(enrolmentId)) : null;
      boolean newlyDone = false;
      for (PublishedItem item : quizItems) {
        grades.add(new long[] {enrolmentId, item.key()});
        newlyDone |= done != null && done.add(item.key());
      }
      if (newlyDone) {
        evaluations.add(() -> evaluate(em.find(Enrolment.class, enrolmentId), course, done));
      }
    }
    // every enrolment's grade in one statement (a quiz outside a course counts in each course
    // holding it: the exam's load data has ten), then the courses a pass may have completed
    recordGrades(grades, graded.scorePercent(), graded.passed(), now);
    evaluations.forEach(Runnable::run);
  }

  /**
   * The grade on these (enrolment, item) progress rows, each created on first use, in one
   * statement, and the one place of the rule: opened now if never, the best score kept, done from
   * the first pass on (and then for good); the version counted up as the entity's own update would.
   * GradeOnProgressTest pins it.
   */
  private void recordGrades(List<long[]> rows, int scorePercent, boolean passed, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    Timestamp at = Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    String sql =
        RECORD_GRADE_INSERT
            + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, 1)"))
            + RECORD_GRADE_UPDATE;
    // plain JDBC on the transaction's own connection, as StatementOutbox: no entity read first
    try (PreparedStatement upsert = em.unwrap(Connection.class).prepareStatement(sql)) {
      int p = 1;
      for (long[] row : rows) {
        upsert.setLong(p++, row[0]);
        upsert.setLong(p++, row[1]);
        upsert.setTimestamp(p++, at);
        if (passed) {
          upsert.setTimestamp(p++, at);
        } else {
          upsert.setNull(p++, Types.TIMESTAMP);
        }
        upsert.setInt(p++, scorePercent);
      }
      upsert.executeUpdate();
    } catch (SQLException ex) {
      throw new PersistenceException(
          "grade of " + rows.size() + " enrolment items not recorded", ex);
    }
  }

  private static final String RECORD_GRADE_INSERT =
      "INSERT INTO crs_item_progress (enrolment_id, item_key, opened_at, done_at, best_score,"
          + " version) VALUES ";

  private static final String RECORD_GRADE_UPDATE =
      " ON DUPLICATE KEY UPDATE"
          + " opened_at = COALESCE(opened_at, VALUES(opened_at)),"
          + " done_at = COALESCE(done_at, VALUES(done_at)),"
          + " best_score = GREATEST(COALESCE(best_score, VALUES(best_score)), VALUES(best_score)),"
          + " version = version + 1";

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

  /** The keys of the enrolment's items done, in one statement of keys (no entities read). */
  public Set<Long> doneItems(long enrolmentId) {
    return Set.copyOf(
        em.createNamedQuery("ItemProgress.listDoneKeys", Long.class)
            .setParameter("enrolmentId", enrolmentId)
            .getResultList());
  }

  /**
   * Stores the enrolment's progress and, the first time every module is complete, records the
   * completion (once per enrolment) and raises {@link CourseCompleted}.
   */
  public CourseProgress evaluate(Enrolment enrolment, PublishedCourse course) {
    return evaluate(enrolment, course, doneItems(enrolment.getId()));
  }

  private CourseProgress evaluate(Enrolment enrolment, PublishedCourse course, Set<Long> done) {
    CourseProgress progress = new CourseProgress(course, done);
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
