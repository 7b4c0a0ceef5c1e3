package dk.tegn.web.courses;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.content.control.SafeMarkdown;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.web.content.IndicatorBlockRenderer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lessons teach from the referral form's own indicator catalogue, through the sanitiser. */
class IndicatorBlockRendererTest {

  static final String FILES = "/courses/files/";

  final IndicatorBlockRenderer renderer = new IndicatorBlockRenderer();

  @Test
  void aDimensionBlockListsEveryIndicatorOfTheCatalogueInTheReadersLanguageWithWeights() {
    String markdown = "## Tegn\n\n```indicators\ndimension: coercion-at-destination\n```\n";

    String da = decoded(SafeMarkdown.toHtml(markdown, FILES, "da", List.of(renderer)));
    String en = decoded(SafeMarkdown.toHtml(markdown, FILES, "en", List.of(renderer)));

    var dimension = IndicatorCatalogue.current().dimension("coercion-at-destination").orElseThrow();
    assertTrue(da.contains("<div class=\"block-indicators\"><h4>" + dimension.name("da")), da);
    assertTrue(en.contains("<h4>" + dimension.name("en") + "</h4>"), en);
    for (var indicator : dimension.indicators()) {
      assertTrue(en.contains("<li>" + indicator.text("en")), indicator.key() + ": " + en);
    }
    assertTrue(da.contains("<span class=\"block-indicators-weight\">Stærkt tegn</span>"), da);
    assertTrue(en.contains("<span class=\"block-indicators-weight\">Strong sign</span>"), en);
    assertFalse(en.contains("```"), en);
  }

  @Test
  void singleIndicatorsSayForWhomTheyWeighMost() {
    String html =
        decoded(
            SafeMarkdown.toHtml(
                "```indicators\nindicator: documents-confiscated\nindicator: no-such-sign\n```",
                FILES,
                "en",
                List.of(renderer)));

    String text =
        IndicatorCatalogue.current().indicator("documents-confiscated").orElseThrow().text("en");
    assertTrue(html.contains("<ul><li>" + text + "<span"), html);
    assertFalse(html.contains("no-such-sign"), html);
  }

  @Test
  void aBlockNamingNothingKnownStaysACodeBlock() {
    assertNull(renderer.renderHtml("dimension: unknown\n", "da"));
    String html =
        SafeMarkdown.toHtml(
            "```indicators\ndimension: unknown\n```", FILES, "da", List.of(renderer));
    assertTrue(html.contains("<pre><code>dimension: unknown"), html);
  }

  @Test
  void weightsThatDifferBetweenAdultsAndChildrenAreNamedPerGroup() {
    var mixed =
        IndicatorCatalogue.current().indicators().stream()
            .filter(i -> i.weightFor(Profile.ADULT_LABOUR).isPresent())
            .filter(
                i -> !i.weightFor(Profile.ADULT_LABOUR).equals(i.weightFor(Profile.CHILD_LABOUR)))
            .findFirst()
            .orElseThrow();

    String html = decoded(renderer.renderHtml("indicator: " + mixed.key(), "en"));

    assertTrue(
        html.matches(
            "(?s).*block-indicators-weight\">[A-Z][a-z]+ sign: (adults|children); [A-Z][a-z]+ sign: (adults|children)</span>.*"),
        html);
  }

  @Test
  void weightsThatDifferBetweenLabourAndSexualExploitationAreNamedPerForm() {
    String html = decoded(renderer.renderHtml("indicator: low-or-no-pay", "en"));
    assertTrue(
        html.contains(
            "block-indicators-weight\">Strong sign: in sexual exploitation; Medium sign: in labour</span>"),
        html);
    String da = decoded(renderer.renderHtml("indicator: excessive-hours", "da"));
    assertTrue(
        da.contains(
            "Stærkt tegn: børn, voksne (arbejde); Middelstærkt tegn: voksne (seksuel udnyttelse)"),
        da);
  }

  /** The sanitiser encodes some characters as numeric references; compare text as text. */
  private static String decoded(String html) {
    Matcher m = Pattern.compile("&#(\\d+);").matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString().replace("&quot;", "\"").replace("&amp;", "&");
  }
}
