package dk.tegn.courses.course.entity;

/** A translatable text of a course, a module or an item. */
public enum TextField {
  TITLE,
  SUMMARY,
  BODY,
  STORY,
  QUESTION,
  EXPLANATION
}
