package dk.tegn.courses.version.entity;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.i18n.LocalizedText;
import java.util.Map;

/**
 * An item as published: its kind, whether it is required, how it is done, and its texts. {@code
 * quizId} is set for quiz items only, {@code scormPackageId} for SCORM items only.
 */
public record PublishedItem(
    long key,
    ItemKind kind,
    boolean required,
    boolean markDoneRequired,
    Long quizId,
    Long scormPackageId,
    Map<TextField, LocalizedText> texts) {

  public PublishedItem {
    texts = Map.copyOf(texts);
  }

  public LocalizedText text(TextField field) {
    return texts.getOrDefault(field, LocalizedText.empty());
  }

  public LocalizedText title() {
    return text(TextField.TITLE);
  }
}
