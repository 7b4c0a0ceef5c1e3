package dk.tegn.courses.scorm.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.courses.certificate.boundary.PublicAddress;
import dk.tegn.courses.scorm.control.ScoHtml;
import dk.tegn.courses.scorm.control.ScormPackages;
import dk.tegn.courses.scorm.control.ScormPlayer;
import dk.tegn.courses.scorm.entity.ScoRuntime;
import dk.tegn.courses.scorm.entity.ScormFile;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves a launched SCO's files at {@code /courses/scorm/run/<launch code>/<path in package>}. The
 * player frames this address with {@code sandbox="allow-scripts allow-forms"} (no
 * allow-same-origin), so the SCO runs in an opaque origin: it cannot read Tegn's cookies, storage
 * or pages, and its requests carry no session. The launch code in the address is therefore the
 * credential (random, per launch, expiring); it serves only its own package. Every answer also
 * sandboxes itself by its Content-Security-Policy, in case the address is opened outside the frame.
 */
@WebServlet("/courses/scorm/run/*")
public class ScormContentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String RUNTIME = "/resources/courses/scorm/";

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html"),
          Map.entry("htm", "text/html"),
          Map.entry("js", "text/javascript"),
          Map.entry("mjs", "text/javascript"),
          Map.entry("css", "text/css"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("vtt", "text/vtt"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("txt", "text/plain"));

  @Inject transient ScormPlayer player;
  @Inject transient ScormPackages packages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    int slash = info == null ? -1 : info.indexOf('/', 1);
    if (slash < 0) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String code = info.substring(1, slash);
    String path = info.substring(slash + 1);
    Optional<ScoRuntime> launch =
        code.matches("[A-Za-z0-9_-]{20,64}") ? player.byLaunch(code) : Optional.empty();
    Optional<ScormFile> file = launch.flatMap(l -> packages.file(l.getPackageId(), path));
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String origin = origin(request);
    String type = type(path);
    byte[] content = file.get().getContent();
    if (type.equals("text/html")) {
      content =
          ScoHtml.inject(
              content,
              request.getContextPath() + RUNTIME,
              origin,
              json(player.startingData(launch.get())));
    }
    // overrides the site-wide frame-ancestors 'none' / DENY: this is the one address Tegn frames
    response.setHeader(
        "Content-Security-Policy",
        "sandbox allow-scripts allow-forms; default-src 'self' "
            + origin
            + " data: blob: 'unsafe-inline' 'unsafe-eval'; form-action 'none'; base-uri 'self' "
            + origin
            + "; frame-ancestors 'self' "
            + origin);
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    // a SCO (Adapt, for one) reads its own JSON by XHR from its opaque origin; no credentials ride
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType(type.startsWith("text/") ? type + ";charset=UTF-8" : type);
    if (type.equals("text/html")) {
      // the SCO's own bytes decide the encoding of its pages; no charset is imposed
      response.setContentType(type);
    }
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private static String json(Map<String, String> cmi) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    cmi.forEach(json::add);
    return json.build().toString();
  }

  private static String type(String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String known = TYPES.get(ext);
    if (known != null) {
      return known;
    }
    String guessed = URLConnection.guessContentTypeFromName(path);
    return guessed == null ? "application/octet-stream" : guessed;
  }

  /** The origin the player runs at, as the browser sees it. */
  static String origin(HttpServletRequest request) {
    String address = PublicAddress.of(request);
    return address.substring(0, address.length() - request.getContextPath().length());
  }
}
