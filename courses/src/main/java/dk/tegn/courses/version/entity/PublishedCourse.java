package dk.tegn.courses.version.entity;

import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.i18n.LocalizedText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What trainees learn from: the structure and texts of a course frozen at publication (or, for a
 * preview, the draft as it would be published). Immutable.
 */
public record PublishedCourse(
    LocalizedText title,
    LocalizedText summary,
    String authoringLanguage,
    Set<Audience> audiences,
    List<String> languages,
    int estimatedMinutes,
    boolean mandatory,
    Integer certificateValidityMonths,
    List<PublishedModule> modules) {

  public PublishedCourse {
    audiences = Set.copyOf(audiences);
    languages = List.copyOf(languages);
    modules = List.copyOf(modules);
  }

  /** The draft as a trainee would see it if it were published now. */
  public static PublishedCourse of(Course course) {
    return new PublishedCourse(
        course.getTitle(),
        course.getSummary(),
        course.getAuthoringLanguage(),
        course.getAudiences(),
        course.getLanguages(),
        course.getEstimatedMinutes(),
        course.isMandatory(),
        course.getCertificateValidityMonths(),
        course.getModules().stream().map(PublishedCourse::module).toList());
  }

  private static PublishedModule module(CourseModule m) {
    return new PublishedModule(
        m.getKey(),
        m.getTitle(),
        m.isLockedUntilPreviousComplete(),
        m.getItems().stream().map(PublishedCourse::item).toList());
  }

  private static PublishedItem item(CourseItem i) {
    Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
    for (TextField field : i.getKind().fields()) {
      texts.put(field, i.text(field));
    }
    return new PublishedItem(
        i.getKey(),
        i.getKind(),
        i.isRequired(),
        i.isMarkDoneRequired(),
        i.getQuizId(),
        i.getScormPackageId(),
        texts,
        i.review());
  }

  public List<PublishedItem> items() {
    return modules.stream().flatMap(m -> m.items().stream()).toList();
  }

  public Optional<PublishedItem> item(long key) {
    return items().stream().filter(i -> i.key() == key).findFirst();
  }

  public Optional<PublishedModule> moduleOf(long itemKey) {
    return modules.stream()
        .filter(m -> m.items().stream().anyMatch(i -> i.key() == itemKey))
        .findFirst();
  }

  public List<PublishedItem> requiredItems() {
    return items().stream().filter(PublishedItem::required).toList();
  }
}
