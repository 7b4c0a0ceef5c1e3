package dk.tegn.courses.content.control;

/**
 * Renders a fenced block of lesson Markdown that the courses module does not understand itself,
 * such as {@code ```indicators} (PACKAGES.md). Implementations live in modules that know the data
 * the block names (platform/web, which sees the intake catalogue); courses finds them as CDI beans.
 * What they return goes through the same sanitiser as the rest of the lesson, so a renderer can
 * only use the elements and classes {@link SafeMarkdown} allows.
 */
public interface LessonBlockRenderer {

  /**
   * @param info the fence's info string, e.g. "indicators"
   */
  boolean handles(String info);

  /**
   * @param body the block's lines as written
   * @param language the language the lesson is shown in
   * @return HTML for the block, or null to show it as the plain code block it is
   */
  String renderHtml(String body, String language);
}
