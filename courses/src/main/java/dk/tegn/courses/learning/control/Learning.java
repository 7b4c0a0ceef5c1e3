package dk.tegn.courses.learning.control;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.certificate.entity.Certificate;
import dk.tegn.courses.completion.control.Completion;
import dk.tegn.courses.completion.entity.CourseProgress;
import dk.tegn.courses.content.control.BranchScript;
import dk.tegn.courses.content.control.BranchScript.Branch;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.enrolment.control.EnrolmentChanges;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.courses.learning.CourseLaunched;
import dk.tegn.courses.learning.LessonExperienced;
import dk.tegn.courses.learning.entity.ItemProgress;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in trainee working through their enrolment. The position is stored with the enrolment,
 * so the trainee resumes where they left off on any device.
 */
@ApplicationScoped
@Transactional
public class Learning {

  @PersistenceContext EntityManager em;
  @Inject EnrolmentChanges changes;
  @Inject CurrentCaller caller;
  @Inject PlatformClock clock;
  @Inject VersionStore versions;
  @Inject Enrolments enrolments;
  @Inject Completion completion;
  @Inject Event<CourseLaunched> launched;
  @Inject Event<LessonExperienced> experienced;

  /** Whether the signed-in trainee is enrolled in the course now. */
  public boolean isEnrolled(long courseId) {
    return enrolments.active(caller.accountId(), courseId) != null;
  }

  /** The player at the trainee's current item: where they left off, else the next to do. */
  public PlayerState player(long courseId) {
    Enrolment enrolment = mine(courseId);
    PublishedCourse course = versions.course(courseId, enrolment.getVersionNumber());
    CourseProgress progress = new CourseProgress(course, completion.doneItems(enrolment.getId()));
    Long last = enrolment.getLastItemKey();
    long current =
        last != null && course.item(last).filter(progress::isOpen).isPresent()
            ? last
            : progress.nextToDo().map(PublishedItem::key).orElse(0L);
    return state(enrolment, course, progress, current);
  }

  /** The trainee enters the course from outside its player: {@link #player} and a launch. */
  public PlayerState launch(long courseId) {
    PlayerState state = player(courseId);
    launched.fire(
        new CourseLaunched(
            caller.accountId(), courseId, state.enrolmentId(), state.versionNumber()));
    return state;
  }

  /** Opens an item: it becomes the resume position and, for a plain lesson, done. */
  public PlayerState open(long courseId, long itemKey) {
    return act(courseId, itemKey, (p, item) -> p.open(item, clock.now()));
  }

  /**
   * The player at an item as {@link #open} shows it, recording nothing: no opening, no resume
   * position, no event. The player's copy of a lesson fetched ahead to read offline ({@code peek});
   * the same rule as every way in: the caller's own enrolment, and a locked item is refused.
   */
  public PlayerState peek(long courseId, long itemKey) {
    Enrolment enrolment = mine(courseId);
    PublishedCourse course = versions.course(courseId, enrolment.getVersionNumber());
    CourseProgress progress = new CourseProgress(course, completion.doneItems(enrolment.getId()));
    openItem(course, progress, itemKey);
    return state(enrolment, course, progress, itemKey);
  }

  /** Shows a scenario's explanation. */
  public PlayerState reveal(long courseId, long itemKey) {
    return act(
        courseId,
        itemKey,
        (p, item) -> {
          Branch branch = branchOf(item);
          if (branch != null && !BranchPath.replay(branch, p.getBranchPath()).isEnded()) {
            // a branching scenario explains itself at an ending, not before the trainee chose
            throw new RuleViolationException(Messages.COURSES, "courses_rules.chooseFirst");
          }
          p.reveal(item, clock.now());
        });
  }

  /**
   * Takes choice {@code index} at the step the trainee stands at in a branching scenario; reaching
   * an ending reveals the explanation (the scenario is then done).
   */
  public PlayerState choose(long courseId, long itemKey, int index) {
    return act(
        courseId,
        itemKey,
        (p, item) -> {
          Branch branch = branchOf(item);
          BranchPath path = BranchPath.replay(branch, p.getBranchPath());
          if (path.isEnded() || index < 0 || index >= path.current().choices().size()) {
            throw new RuleViolationException(Messages.COURSES, "courses_rules.noSuchChoice");
          }
          BranchScript.Step next = branch.step(path.current().choices().get(index).next());
          p.choose(item, path.current().key(), index, next.isEnding(), clock.now());
        });
  }

  /** Starts a branching scenario again from its first step, to try another way. */
  public PlayerState restartBranch(long courseId, long itemKey) {
    return act(courseId, itemKey, (p, item) -> p.restartBranch());
  }

  /** The path recorded in a scenario of the caller's enrolment; null when none. */
  public String branchPath(long courseId, long itemKey) {
    Enrolment enrolment = mine(courseId);
    return em.createNamedQuery("ItemProgress.findByEnrolmentAndItem", ItemProgress.class)
        .setParameter("enrolmentId", enrolment.getId())
        .setParameter("itemKey", itemKey)
        .getResultStream()
        .findFirst()
        .map(ItemProgress::getBranchPath)
        .orElse(null);
  }

  /** The script of a scenario (every language has the same steps); null for a plain one. */
  public static Branch branchOf(PublishedItem item) {
    if (item.kind() != ItemKind.SCENARIO) {
      return null;
    }
    return item.text(TextField.QUESTION).asMap().values().stream()
        .map(BranchScript::of)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The trainee says they are done with a lesson or scenario. */
  public PlayerState markDone(long courseId, long itemKey) {
    return act(courseId, itemKey, (p, item) -> p.markDone(item, clock.now()));
  }

  /**
   * Starts a course again once its certificate has expired: the old enrolment (and its completion
   * and certificate) stays as history, a new one begins on the latest version.
   */
  public PlayerState startAgain(long courseId) {
    Enrolment old = mine(courseId);
    if (old.status(clock.now()) != EnrolmentStatus.DUE_AGAIN) {
      return player(courseId);
    }
    old.close(clock.now());
    changes.publish(old);
    em.flush();
    enrolments.record(
        old.getAccountId(), em.find(Course.class, courseId), null, old.getAccountId(), clock.now());
    return player(courseId);
  }

  private PlayerState act(long courseId, long itemKey, Step step) {
    Enrolment enrolment = mine(courseId);
    PublishedCourse course = versions.course(courseId, enrolment.getVersionNumber());
    CourseProgress before = new CourseProgress(course, completion.doneItems(enrolment.getId()));
    PublishedItem item = openItem(course, before, itemKey);
    ItemProgress progress = completion.progress(enrolment.getId(), itemKey);
    boolean wasDone = progress.isDone();
    step.apply(progress, item);
    enrolment.visit(itemKey, clock.now());
    changes.publish(enrolment);
    em.flush();
    if (!wasDone && progress.isDone()) {
      experienced.fire(
          new LessonExperienced(
              enrolment.getAccountId(),
              courseId,
              enrolment.getId(),
              enrolment.getVersionNumber(),
              itemKey));
    }
    CourseProgress after = completion.evaluate(enrolment, course);
    return state(enrolment, course, after, itemKey);
  }

  /** The item, when the trainee may open it now (its module is not locked). */
  private static PublishedItem openItem(
      PublishedCourse course, CourseProgress progress, long itemKey) {
    PublishedItem item =
        course.item(itemKey).orElseThrow(() -> new RecordNotFoundException("item", itemKey));
    if (!progress.isOpen(item)) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.locked");
    }
    return item;
  }

  private PlayerState state(
      Enrolment enrolment, PublishedCourse course, CourseProgress progress, long current) {
    List<ItemProgress> rows =
        em.createNamedQuery("ItemProgress.findByEnrolment", ItemProgress.class)
            .setParameter("enrolmentId", enrolment.getId())
            .getResultList();
    Set<Long> revealed =
        rows.stream()
            .filter(p -> p.getRevealedAt() != null)
            .map(ItemProgress::getItemKey)
            .collect(Collectors.toSet());
    Map<Long, Integer> scores = new HashMap<>();
    rows.stream()
        .filter(p -> p.getBestScore() != null)
        .forEach(p -> scores.put(p.getItemKey(), p.getBestScore()));
    String code =
        em.createNamedQuery("Certificate.findByEnrolment", Certificate.class)
            .setParameter("enrolmentId", enrolment.getId())
            .getResultStream()
            .findFirst()
            .map(Certificate::getCode)
            .orElse(null);
    return new PlayerState(
        enrolment.getId(),
        enrolment.getCourseId(),
        enrolment.getVersionNumber(),
        course,
        progress,
        revealed,
        scores,
        current,
        enrolment.status(clock.now()),
        code);
  }

  private Enrolment mine(long courseId) {
    Enrolment enrolment = enrolments.active(caller.accountId(), courseId);
    if (enrolment == null) {
      throw new RuleViolationException(Messages.COURSES, "courses_rules.notEnrolled");
    }
    return enrolment;
  }

  @FunctionalInterface
  private interface Step {
    void apply(ItemProgress progress, PublishedItem item);
  }
}
