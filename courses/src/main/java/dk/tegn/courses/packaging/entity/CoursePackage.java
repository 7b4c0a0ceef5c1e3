package dk.tegn.courses.packaging.entity;

import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A course as a package holds it: settings, modules and items with their texts (lesson Markdown
 * refers to media as {@code media/<name>}), the media files and the question bank file.
 *
 * @param bank the bank file in the assessments format, or null when the package has none
 */
public record CoursePackage(
    String key,
    String authoringLanguage,
    List<String> languages,
    LocalizedText title,
    LocalizedText summary,
    Set<Audience> audiences,
    int estimatedMinutes,
    boolean mandatory,
    Integer certificateValidityMonths,
    boolean selfEnrolment,
    List<Module> modules,
    Map<String, byte[]> media,
    String bank) {

  public CoursePackage {
    languages = List.copyOf(languages);
    audiences = Set.copyOf(audiences);
    modules = List.copyOf(modules);
    media = Map.copyOf(media);
  }

  /** A module and its items, in order. */
  public record Module(
      String key, LocalizedText title, boolean lockedUntilPreviousComplete, List<Item> items) {

    public Module {
      items = List.copyOf(items);
    }
  }

  /**
   * An item; {@code texts} holds every field of its kind but the title, {@code quiz} the bank key
   * of a quiz item's quiz, {@code review} the lesson's last review (null when none).
   */
  public record Item(
      String key,
      ItemKind kind,
      boolean required,
      boolean markDone,
      LocalizedText title,
      Map<TextField, LocalizedText> texts,
      String quiz,
      Review review) {

    public Item {
      texts = Map.copyOf(texts);
    }

    /** An item without a review. */
    public Item(
        String key,
        ItemKind kind,
        boolean required,
        boolean markDone,
        LocalizedText title,
        Map<TextField, LocalizedText> texts,
        String quiz) {
      this(key, kind, required, markDone, title, texts, quiz, null);
    }

    public LocalizedText text(TextField field) {
      return field == TextField.TITLE ? title : texts.getOrDefault(field, LocalizedText.empty());
    }
  }
}
