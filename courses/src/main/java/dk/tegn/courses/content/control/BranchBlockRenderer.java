package dk.tegn.courses.content.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A {@code ```branch} block is not drawn as text: the course player draws its steps as choices (a
 * trainee sees one step at a time, so the block's full script must not show).
 */
@ApplicationScoped
public class BranchBlockRenderer implements LessonBlockRenderer {

  @Override
  public boolean handles(String info) {
    return BranchScript.INFO.equals(info);
  }

  @Override
  public String renderHtml(String body, String language) {
    return "";
  }
}
