package dk.tegn.courses.course.entity;

/**
 * A text still to translate into {@code language}: where it is (0 for the course itself, else the
 * key of the module or item), which field, and the text the author wrote to translate from. {@code
 * outdated}: a translation exists but was made from a source text that has changed since.
 */
public record UntranslatedText(
    String language, long key, String place, TextField field, String source, boolean outdated) {}
