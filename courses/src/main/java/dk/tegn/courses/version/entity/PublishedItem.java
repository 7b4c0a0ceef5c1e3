package dk.tegn.courses.version.entity;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.i18n.LocalizedText;
import java.util.Map;

/**
 * An item as published: its kind, whether it is required, how it is done, and its texts. {@code
 * quizId} is set for quiz items only, {@code scormPackageId} for SCORM items only; {@code review}
 * is null for an item nobody has reviewed.
 */
public record PublishedItem(
    long key,
    ItemKind kind,
    boolean required,
    boolean markDoneRequired,
    Long quizId,
    Long scormPackageId,
    Map<TextField, LocalizedText> texts,
    Review review) {

  public PublishedItem {
    texts = Map.copyOf(texts);
  }

  /** An item without a review (quizzes, and lessons published before reviews existed). */
  public PublishedItem(
      long key,
      ItemKind kind,
      boolean required,
      boolean markDoneRequired,
      Long quizId,
      Map<TextField, LocalizedText> texts) {
    this(key, kind, required, markDoneRequired, quizId, null, texts, null);
  }

  /** An item without a review that may play a SCORM package. */
  public PublishedItem(
      long key,
      ItemKind kind,
      boolean required,
      boolean markDoneRequired,
      Long quizId,
      Long scormPackageId,
      Map<TextField, LocalizedText> texts) {
    this(key, kind, required, markDoneRequired, quizId, scormPackageId, texts, null);
  }

  public LocalizedText text(TextField field) {
    return texts.getOrDefault(field, LocalizedText.empty());
  }

  public LocalizedText title() {
    return text(TextField.TITLE);
  }
}
