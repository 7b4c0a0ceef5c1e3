package dk.tegn.courses.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a trainer's Markdown into HTML a trainee's page can show. commonmark-java renders it (with
 * GFM tables); the OWASP HTML sanitizer then keeps only an allow-list: headings, paragraphs, lists,
 * tables, emphasis, code, quotes, links (http, https, mailto or relative, always rel="nofollow
 * noopener") and images from Tegn's own uploads. Scripts, event handlers, styles, frames and
 * foreign images never pass. Video links stay plain links: no provider is embedded, so no
 * third-party frame or tracker reaches a trainee.
 *
 * <p>Uploads are written {@code upload:KEY} in Markdown and pointed at {@code filesBase + KEY}
 * here, so the stored text does not depend on where the application is deployed.
 *
 * <p>A fenced block whose info string a {@link LessonBlockRenderer} handles is replaced by that
 * renderer's HTML before sanitising; the renderer's markup may use {@code div} and {@code span} and
 * {@code class} names starting with {@code block-}, which carry no behaviour.
 */
public final class SafeMarkdown {

  public static final String UPLOAD_SCHEME = "upload:";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{10,40}");
  private static final Pattern BLOCK_CLASS = Pattern.compile("block-[a-z0-9-]{1,40}");
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).build();
  private static final Map<String, PolicyFactory> POLICIES = new ConcurrentHashMap<>();

  private SafeMarkdown() {}

  /**
   * @param filesBase the path uploads are served under, e.g. "/tegn/courses/files/"
   */
  public static String toHtml(String markdown, String filesBase) {
    return toHtml(markdown, filesBase, null, List.of());
  }

  /**
   * @param language the language the text is shown in, handed to the block renderers
   * @param blocks renderers of fenced blocks; the first that handles a block's info string wins
   */
  public static String toHtml(
      String markdown, String filesBase, String language, List<LessonBlockRenderer> blocks) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(markdown);
    document.accept(new UploadLinks(filesBase));
    if (!blocks.isEmpty()) {
      renderBlocks(document, language, blocks);
    }
    return POLICIES
        .computeIfAbsent(filesBase, SafeMarkdown::policy)
        .sanitize(RENDERER.render(document));
  }

  private static void renderBlocks(
      Node document, String language, List<LessonBlockRenderer> blocks) {
    List<FencedCodeBlock> fenced = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(FencedCodeBlock block) {
            fenced.add(block);
          }
        });
    for (FencedCodeBlock block : fenced) {
      String info = block.getInfo() == null ? "" : block.getInfo().trim();
      for (LessonBlockRenderer renderer : blocks) {
        if (renderer.handles(info)) {
          String html = renderer.renderHtml(block.getLiteral(), language);
          if (html != null) {
            HtmlBlock replacement = new HtmlBlock();
            replacement.setLiteral(html + "\n");
            block.insertBefore(replacement);
            block.unlink();
          }
          break;
        }
      }
    }
  }

  private static PolicyFactory policy(String filesBase) {
    Pattern ownUpload = Pattern.compile(Pattern.quote(filesBase) + KEY.pattern());
    return new HtmlPolicyBuilder()
        .allowElements(
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "p",
            "br",
            "hr",
            "ul",
            "ol",
            "li",
            "strong",
            "em",
            "del",
            "code",
            "pre",
            "blockquote",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "dl",
            "dt",
            "dd",
            "a",
            "img",
            "div",
            "span")
        .allowAttributes("class")
        .matching(BLOCK_CLASS)
        .onElements("div", "span", "ul", "ol", "li", "p", "h3", "h4", "dl", "dt", "dd")
        .allowAttributes("align")
        .matching(Pattern.compile("left|center|right"))
        .onElements("th", "td")
        .allowAttributes("start")
        .matching(Pattern.compile("[0-9]{1,6}"))
        .onElements("ol")
        .allowAttributes("href", "title")
        .onElements("a")
        .allowStandardUrlProtocols()
        .requireRelsOnLinks("nofollow", "noopener")
        .allowAttributes("src")
        .matching(ownUpload)
        .onElements("img")
        .allowAttributes("alt", "title")
        .onElements("img")
        .toFactory();
  }

  /** Points {@code upload:KEY} links and images at the upload servlet; drops malformed keys. */
  private static final class UploadLinks extends AbstractVisitor {

    private final String filesBase;

    UploadLinks(String filesBase) {
      this.filesBase = filesBase;
    }

    @Override
    public void visit(Image image) {
      image.setDestination(resolve(image.getDestination()));
      visitChildren(image);
    }

    @Override
    public void visit(Link link) {
      link.setDestination(resolve(link.getDestination()));
      visitChildren(link);
    }

    private String resolve(String destination) {
      if (destination == null || !destination.startsWith(UPLOAD_SCHEME)) {
        return destination;
      }
      String key = destination.substring(UPLOAD_SCHEME.length());
      return KEY.matcher(key).matches() ? filesBase + key : "";
    }
  }
}
