package dk.tegn.courses.version.entity;

import dk.tegn.courses.version.entity.Change.Kind;
import dk.tegn.courses.version.entity.Change.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed from one version to the next, module by module and item by item. */
public final class VersionDiff {

  private VersionDiff() {}

  /** The changes from {@code before} (null for a first version) to {@code after}. */
  public static List<Change> between(PublishedCourse before, PublishedCourse after) {
    List<Change> changes = new ArrayList<>();
    if (before == null) {
      after
          .modules()
          .forEach(m -> changes.add(new Change(Level.MODULE, Kind.ADDED, m.key(), m.title())));
      return changes;
    }
    if (!sameSettings(before, after)) {
      changes.add(new Change(Level.COURSE, Kind.CHANGED, 0, after.title()));
    }
    Map<Long, PublishedModule> oldModules = byKey(before.modules(), PublishedModule::key);
    Map<Long, PublishedModule> newModules = byKey(after.modules(), PublishedModule::key);
    List<Long> oldModuleOrder = keys(before.modules(), PublishedModule::key, newModules);
    List<Long> newModuleOrder = keys(after.modules(), PublishedModule::key, oldModules);
    for (PublishedModule m : after.modules()) {
      PublishedModule old = oldModules.get(m.key());
      if (old == null) {
        changes.add(new Change(Level.MODULE, Kind.ADDED, m.key(), m.title()));
      } else if (!old.title().equals(m.title())
          || old.lockedUntilPreviousComplete() != m.lockedUntilPreviousComplete()) {
        changes.add(new Change(Level.MODULE, Kind.CHANGED, m.key(), m.title()));
      } else if (oldModuleOrder.indexOf(m.key()) != newModuleOrder.indexOf(m.key())) {
        changes.add(new Change(Level.MODULE, Kind.MOVED, m.key(), m.title()));
      }
    }
    before.modules().stream()
        .filter(m -> !newModules.containsKey(m.key()))
        .forEach(m -> changes.add(new Change(Level.MODULE, Kind.REMOVED, m.key(), m.title())));
    itemChanges(before, after, changes);
    return changes;
  }

  private static void itemChanges(
      PublishedCourse before, PublishedCourse after, List<Change> changes) {
    Map<Long, PublishedItem> oldItems = byKey(before.items(), PublishedItem::key);
    Map<Long, PublishedItem> newItems = byKey(after.items(), PublishedItem::key);
    for (PublishedItem item : after.items()) {
      PublishedItem old = oldItems.get(item.key());
      if (old == null) {
        changes.add(new Change(Level.ITEM, Kind.ADDED, item.key(), item.title()));
      } else if (!sameContent(old, item)) {
        changes.add(new Change(Level.ITEM, Kind.CHANGED, item.key(), item.title()));
      } else if (!place(before, item.key(), newItems).equals(place(after, item.key(), oldItems))) {
        changes.add(new Change(Level.ITEM, Kind.MOVED, item.key(), item.title()));
      }
    }
    before.items().stream()
        .filter(i -> !newItems.containsKey(i.key()))
        .forEach(i -> changes.add(new Change(Level.ITEM, Kind.REMOVED, i.key(), i.title())));
  }

  private static boolean sameSettings(PublishedCourse a, PublishedCourse b) {
    return a.title().equals(b.title())
        && a.summary().equals(b.summary())
        && a.audiences().equals(b.audiences())
        && a.languages().equals(b.languages())
        && a.estimatedMinutes() == b.estimatedMinutes()
        && a.mandatory() == b.mandatory()
        && Objects.equals(a.certificateValidityMonths(), b.certificateValidityMonths());
  }

  private static boolean sameContent(PublishedItem a, PublishedItem b) {
    return a.kind() == b.kind()
        && a.required() == b.required()
        && a.markDoneRequired() == b.markDoneRequired()
        && Objects.equals(a.quizId(), b.quizId())
        && Objects.equals(a.scormPackageId(), b.scormPackageId())
        && a.texts().equals(b.texts())
        && Objects.equals(a.review(), b.review());
  }

  /** The module key and the position among the items both versions share. */
  private static List<Long> place(PublishedCourse course, long itemKey, Map<Long, ?> other) {
    PublishedModule module = course.moduleOf(itemKey).orElseThrow();
    List<Long> shared = keys(module.items(), PublishedItem::key, other);
    return List.of(module.key(), (long) shared.indexOf(itemKey));
  }

  private static <T> Map<Long, T> byKey(List<T> list, Function<T, Long> key) {
    return list.stream().collect(Collectors.toMap(key, Function.identity()));
  }

  /** Keys in order, leaving out those the other version lacks, so an insertion is no move. */
  private static <T> List<Long> keys(List<T> list, Function<T, Long> key, Map<Long, ?> other) {
    return list.stream().map(key).filter(other::containsKey).toList();
  }
}
