package dk.tegn.courses.version.control;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.learning.entity.ItemProgress;
import dk.tegn.courses.version.entity.Change;
import dk.tegn.courses.version.entity.CourseVersion;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.VersionDiff;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publishes a draft as the next immutable version. Trainees who have not started follow the new
 * version at once; trainees who have started stay on theirs unless the trainer says everyone
 * restarts, in which case their progress starts over on the new version. Completed enrolments keep
 * the version they completed.
 */
@ApplicationScoped
@Transactional
public class Publishing {

  private static final Logger LOG = Logger.getLogger(Publishing.class.getName());

  /** Progress starts over: the same as {@link Enrolment#moveTo}, with the version bumped. */
  private static final String MOVE =
      "update Enrolment e set e.versionNumber = :number, e.startedAt = null,"
          + " e.lastItemKey = null, e.progressPercent = 0, e.version = e.version + 1"
          + " where e.courseId = :courseId and e.active = true and e.completedAt is null";

  private static final String MOVE_NOT_STARTED = MOVE + " and e.startedAt is null";
  private static final String MOVE_UNCOMPLETED = MOVE;

  private static final String DELETE_MOVED_PROGRESS =
      "DELETE p FROM crs_item_progress p JOIN crs_enrolment e ON e.id = p.enrolment_id"
          + " WHERE e.course_id = ? AND e.active = TRUE AND e.version_number = ?";

  @PersistenceContext EntityManager em;
  @Inject EnrolmentChanges changes;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject AuditLog audit;

  public CourseVersion publish(
      long courseId, @Size(max = 2000) String note, boolean everyoneRestarts) {
    return publish(courseId, note, everyoneRestarts, null);
  }

  /**
   * Publishes; with a {@code recompletionReason} (the version changes a graded fact), everyone who
   * completed an earlier version is asked to complete the course again and is shown the reason:
   * their enrolment falls due again now, as if its certificate had expired. The certificate they
   * hold stays a true record of what they completed.
   */
  public CourseVersion publish(
      long courseId,
      @Size(max = 2000) String note,
      boolean everyoneRestarts,
      @Size(max = 2000) String recompletionReason) {
    Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    CourseVersion version =
        release(course, caller.accountId(), note, everyoneRestarts, recompletionReason);
    audit.record(
        caller.accountId(),
        "course.publish",
        "course",
        courseId,
        Outcome.ALLOWED,
        "version " + version.getNumber());
    return version;
  }

  /**
   * Publishes without an access check, for trusted platform code that has decided already (the demo
   * set-up); {@link #publish} is the trainer's way in.
   */
  public CourseVersion release(
      Course course, long publisherId, String note, boolean everyoneRestarts) {
    return release(course, publisherId, note, everyoneRestarts, null);
  }

  private CourseVersion release(
      Course course,
      long publisherId,
      String note,
      boolean everyoneRestarts,
      String recompletionReason) {
    PublishedCourse draft = PublishedCourse.of(course);
    requirePublishable(draft);
    PublishedCourse previous =
        course.getPublishedVersion() == 0 ? null : latest(course.getId()).course();
    List<Change> changes = VersionDiff.between(previous, draft);
    if (changes.isEmpty()) {
      throw rule("nothingChanged");
    }
    int number = course.nextVersion();
    CourseVersion version =
        new CourseVersion(
            course.getId(),
            number,
            draft,
            changes,
            note,
            everyoneRestarts,
            publisherId,
            clock.now());
    version.requireRecompletion(recompletionReason);
    em.persist(version);
    course.published(number);
    int moved = moveEnrolments(course.getId(), number, everyoneRestarts);
    if (version.getRecompletionReason() != null) {
      int due = askToCompleteAgain(course.getId());
      LOG.info(() -> due + " completed enrolment(s) of course " + course.getId() + " due again");
    }
    LOG.info(
        () ->
            "course "
                + course.getId()
                + " published as version "
                + number
                + "; "
                + moved
                + " enrolment(s) moved to it");
    return version;
  }

  /** The versions of a course, newest first. */
  public List<CourseVersion> history(long courseId, @Min(0) int first, @Min(1) @Max(200) int max) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new RecordNotFoundException("course", courseId);
    }
    caller.requireRoleIn(Role.TRAINER, course.getOrganisationId());
    return em.createNamedQuery("CourseVersion.findByCourse", CourseVersion.class)
        .setParameter("courseId", courseId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private CourseVersion latest(long courseId) {
    return em.createNamedQuery("CourseVersion.findByCourse", CourseVersion.class)
        .setParameter("courseId", courseId)
        .setMaxResults(1)
        .getSingleResult();
  }

  /**
   * Moves the course's open enrolments to the new version in two statements, however many there
   * are: a course with 100,000 trainees must not be loaded row by row (it took minutes). The
   * enrolments move first, so their rows stay locked until commit and the version column changes: a
   * trainee who opens an item meanwhile waits, then fails its optimistic check instead of adding
   * progress to an enrolment that just started over. Then the progress of exactly the moved rows
   * (now on the new version, which no other enrolment can have yet: the course row is locked) goes.
   */
  private int moveEnrolments(long courseId, int number, boolean everyoneRestarts) {
    em.flush();
    int moved =
        em.createQuery(everyoneRestarts ? MOVE_UNCOMPLETED : MOVE_NOT_STARTED)
            .setParameter("courseId", courseId)
            .setParameter("number", number)
            .executeUpdate();
    if (moved > 0) {
      em.createNativeQuery(DELETE_MOVED_PROGRESS)
          .setParameter(1, courseId)
          .setParameter(2, number)
          .executeUpdate();
    }
    if (everyoneRestarts && moved > 0) {
      // bulk statements bypass the entities and their published changes: one fact for them all
      changes.restarted(courseId);
    }
    // bulk statements bypass the entities: nothing cached of these rows may be read again
    Cache cache = em.getEntityManagerFactory().getCache();
    cache.evict(Enrolment.class);
    cache.evict(ItemProgress.class);
    return moved;
  }

  /**
   * Completed enrolments fall due again now (the same state an expired certificate gives): the
   * trainee sees why and starts again on the new version.
   */
  private int askToCompleteAgain(long courseId) {
    em.flush();
    int due =
        em.createQuery(
                "update Enrolment e set e.expiresAt = :now, e.version = e.version + 1"
                    + " where e.courseId = :courseId and e.active = true"
                    + " and e.completedAt is not null"
                    + " and (e.expiresAt is null or e.expiresAt > :now)")
            .setParameter("courseId", courseId)
            .setParameter("now", clock.now())
            .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Enrolment.class);
    return due;
  }

  private static void requirePublishable(PublishedCourse draft) {
    if (draft.requiredItems().isEmpty()) {
      throw rule("nothingRequired");
    }
    boolean quizWithoutQuiz =
        draft.items().stream().anyMatch(i -> i.kind() == ItemKind.QUIZ && i.quizId() == null);
    if (quizWithoutQuiz) {
      throw rule("quizMissing");
    }
    boolean scormWithoutPackage =
        draft.items().stream()
            .anyMatch(i -> i.kind() == ItemKind.SCORM && i.scormPackageId() == null);
    if (scormWithoutPackage) {
      throw rule("scormMissing");
    }
  }

  private static RuleViolationException rule(String key) {
    return new RuleViolationException(Messages.COURSES, "courses_rules." + key);
  }
}
