package dk.tegn.web.courses;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.content.control.SafeMarkdown;
import dk.tegn.intake.cases.control.CaseLibrary;
import dk.tegn.web.content.CaseBlockRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lesson shows the level the form's screening computes for a library case, never a typed one. */
class CaseBlockRendererTest {

  final CaseBlockRenderer renderer = new CaseBlockRenderer();

  @Test
  void aCaseBlockShowsTheComputedLevelTheSignsPerElementAndTheReason() {
    String markdown = "Text.\n\n```case\ncase: police-building-site\n```\n";
    String en = SafeMarkdown.toHtml(markdown, "/courses/files/", "en", List.of(renderer));
    String da = SafeMarkdown.toHtml(markdown, "/courses/files/", "da", List.of(renderer));
    var building = CaseLibrary.get().find("police-building-site").orElseThrow();
    assertTrue(en.contains("<div class=\"block-case\">"), en);
    assertTrue(en.contains("Indicators suggest possible trafficking: refer"), en);
    assertTrue(en.contains("Recruitment: 0 strong, 1 medium, 0 weak signs"), en);
    assertTrue(en.contains("if in doubt, refer"), en);
    assertTrue(da.contains("Rekruttering: 0 stærke, 1 middel, 0 svage tegn"), da);
    assertTrue(da.contains(building.reason().resolve("da", "da").substring(0, 20)), da);
    assertFalse(en.contains("```"), en);
  }

  @Test
  void anUnknownCaseStaysTheCodeBlockItWasWrittenAs() {
    assertNull(renderer.renderHtml("case: no-such-case", "en"));
  }
}
