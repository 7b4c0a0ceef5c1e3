package dk.tegn.courses.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.courses.content.control.LessonBlockRenderer;
import dk.tegn.courses.content.control.SafeMarkdown;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

  static final String FILES = "/tegn/courses/files/";

  @Test
  void aLessonWithScriptOrEventHandlersRendersWithoutThem() {
    String markdown =
        """
        # Indicators

        <script>alert('x')</script>

        <img src="x" onerror="alert(1)">

        <p onclick="steal()">Click</p>

        <iframe src="https://evil.example/"></iframe>

        [bad](javascript:alert(1)) <a href="#" onmouseover="x()">over</a>

        <svg onload="alert(1)"></svg>

        ![tracker](https://evil.example/pixel.png)
        """;
    String html = SafeMarkdown.toHtml(markdown, FILES).toLowerCase(Locale.ROOT);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("onerror="), html);
    assertFalse(html.matches("(?s).*<[^>]+\\son[a-z]+=.*"), "no event handler attribute: " + html);
    assertFalse(html.contains("<iframe"), html);
    assertFalse(html.contains("<svg"), html);
    assertFalse(html.contains("href=\"javascript"), html);
    assertFalse(html.contains("src=\"https://evil"), html);
    assertTrue(html.contains("<h1>indicators</h1>"), html);
  }

  @Test
  void headingsListsTablesLinksAndOwnImagesSurvive() {
    String markdown =
        """
        ## Signs

        - debt
        - *no* documents

        | Sign | Weight |
        |:-----|-------:|
        | debt | strong |

        ![Map of the route](upload:AbCdEfGhIjKl12)
        [Handout](upload:Zx9_Zx9-Zx9) and [video](https://www.youtube.com/watch?v=abc)
        """;
    String html = SafeMarkdown.toHtml(markdown, FILES);
    assertTrue(html.contains("<h2>Signs</h2>"), html);
    assertTrue(html.contains("<li><em>no</em> documents</li>"), html);
    assertTrue(html.contains("<th align=\"left\">Sign</th>"), html);
    assertTrue(
        html.contains("<img src=\"/tegn/courses/files/AbCdEfGhIjKl12\" alt=\"Map of the route\""),
        html);
    assertTrue(html.contains("href=\"/tegn/courses/files/Zx9_Zx9-Zx9\""), html);
    assertTrue(
        html.matches(
            "(?s).*<a href=\"https://www.youtube.com/watch\\?v&#61;abc\""
                + " rel=\"(noopener nofollow|nofollow noopener)\">video</a>.*"),
        html);
  }

  @Test
  void anUploadKeyThatIsNotAKeyLeadsNowhere() {
    String html = SafeMarkdown.toHtml("![x](upload:../../etc/passwd)", FILES);
    assertFalse(html.contains("passwd"), html);
    assertFalse(html.contains("<img src"), html);
  }

  @Test
  void aFencedBlockARendererHandlesIsDrawnByItAndStillSanitised() {
    LessonBlockRenderer renderer =
        new LessonBlockRenderer() {
          @Override
          public boolean handles(String info) {
            return info.equals("signs");
          }

          @Override
          public String renderHtml(String body, String language) {
            return "<div class=\"block-signs\" onclick=\"x()\"><p>"
                + language
                + ":"
                + body.strip()
                + "</p><script>alert(1)</script></div>";
          }
        };
    String markdown = "```signs\ndebt\n```\n\n```other\nkept\n```\n";

    String html = SafeMarkdown.toHtml(markdown, FILES, "en", List.of(renderer));

    assertTrue(html.contains("<div class=\"block-signs\"><p>en:debt</p></div>"), html);
    assertFalse(html.contains("script"), html);
    assertFalse(html.contains("onclick"), html);
    assertTrue(html.contains("<pre><code>kept"), html);
  }
}
