package dk.tegn.courses.content.control;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
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
 */
public final class SafeMarkdown {

  public static final String UPLOAD_SCHEME = "upload:";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{10,40}");
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
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(markdown);
    document.accept(new UploadLinks(filesBase));
    return POLICIES
        .computeIfAbsent(filesBase, SafeMarkdown::policy)
        .sanitize(RENDERER.render(document));
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
            "a",
            "img")
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
