package dk.tegn.web.offline.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.i18n.Messages;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code GET /manifest.webmanifest?lang=da|en}: what a phone needs to install Tegn as an app. A
 * manifest has one language ({@code lang}), so the layout links the reader's; anything else than
 * {@code en} is Danish, the platform's first language. Public: it names no one.
 */
@WebServlet("/manifest.webmanifest")
public class ManifestServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String lang = "en".equals(request.getParameter("lang")) ? "en" : "da";
    Locale locale = Locale.forLanguageTag(lang);
    String root = request.getContextPath() + "/";
    String icons = root + "icons/icon-";
    var manifest =
        JSON.createObjectBuilder()
            .add("id", root)
            .add("lang", lang)
            .add("dir", "ltr")
            .add("name", Messages.get(Messages.PLATFORM, locale, "offline.manifest.name"))
            .add("short_name", Messages.get(Messages.PLATFORM, locale, "app.name"))
            .add(
                "description",
                Messages.get(Messages.PLATFORM, locale, "offline.manifest.description"))
            .add("start_url", root + "index.xhtml")
            .add("scope", root)
            .add("display", "standalone")
            .add("theme_color", "#0b5394")
            .add("background_color", "#f6f7f9")
            .add(
                "icons",
                JSON.createArrayBuilder()
                    .add(icon(icons + "192.png", "192x192"))
                    .add(icon(icons + "512.png", "512x512")));
    response.setContentType("application/manifest+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(manifest.build().toString());
  }

  private static jakarta.json.JsonObjectBuilder icon(String src, String sizes) {
    return JSON.createObjectBuilder()
        .add("src", src)
        .add("sizes", sizes)
        .add("type", "image/png")
        .add("purpose", "any maskable");
  }
}
