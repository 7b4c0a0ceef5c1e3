package dk.tegn.courses.course.entity;

/**
 * A text still missing in {@code language}: where it is (0 for the course itself, else the key of
 * the module or item), which field, and the text the author wrote to translate from.
 */
public record UntranslatedText(
    String language, long key, String place, TextField field, String source) {}
