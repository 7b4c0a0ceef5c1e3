package dk.tegn.courses.completion.entity;

import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.courses.version.entity.PublishedModule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The completion rules, item to module to course: a module is complete when every required item in
 * it is done; the course is complete when every module is. A module marked "locked until the
 * previous is complete" opens once the module before it is open and complete.
 */
public final class CourseProgress {

  private final PublishedCourse course;
  private final Set<Long> done;

  public CourseProgress(PublishedCourse course, Set<Long> doneItemKeys) {
    this.course = course;
    this.done = Set.copyOf(doneItemKeys);
  }

  public boolean isDone(long itemKey) {
    return done.contains(itemKey);
  }

  public boolean isComplete(PublishedModule module) {
    return module.requiredItems().stream().allMatch(i -> isDone(i.key()));
  }

  public boolean isOpen(PublishedModule module) {
    List<PublishedModule> modules = course.modules();
    int index = modules.indexOf(module);
    if (index < 0) {
      throw new IllegalArgumentException("not a module of this course: " + module.key());
    }
    if (index == 0 || !module.lockedUntilPreviousComplete()) {
      return true;
    }
    PublishedModule previous = modules.get(index - 1);
    return isOpen(previous) && isComplete(previous);
  }

  public boolean isOpen(PublishedItem item) {
    return course.moduleOf(item.key()).map(this::isOpen).orElse(false);
  }

  public boolean isCourseComplete() {
    return !course.requiredItems().isEmpty()
        && course.modules().stream().allMatch(this::isComplete);
  }

  /** Done required items out of all required items, 0..100, rounded down. */
  public int percent() {
    List<PublishedItem> required = course.requiredItems();
    if (required.isEmpty()) {
      return 0;
    }
    long count = required.stream().filter(i -> isDone(i.key())).count();
    return (int) (count * 100 / required.size());
  }

  /** The first item the trainee can open and has not done yet; else the first item. */
  public Optional<PublishedItem> nextToDo() {
    return course.items().stream()
        .filter(i -> isOpen(i) && !isDone(i.key()))
        .findFirst()
        .or(() -> course.items().stream().findFirst());
  }
}
