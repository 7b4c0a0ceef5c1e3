package dk.tegn.courses.course.entity;

import java.util.List;

/** What a module item is, and which of its texts an author writes (and translates). */
public enum ItemKind {
  LESSON(List.of(TextField.TITLE, TextField.BODY)),
  SCENARIO(List.of(TextField.TITLE, TextField.STORY, TextField.QUESTION, TextField.EXPLANATION)),
  QUIZ(List.of(TextField.TITLE)),
  /**
   * A SCORM 1.2 package played in a sandboxed frame; done when its SCOs are passed or completed.
   */
  SCORM(List.of(TextField.TITLE));

  private final List<TextField> fields;

  ItemKind(List<TextField> fields) {
    this.fields = fields;
  }

  public List<TextField> fields() {
    return fields;
  }
}
