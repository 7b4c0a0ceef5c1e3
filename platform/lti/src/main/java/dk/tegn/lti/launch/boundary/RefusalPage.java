package dk.tegn.lti.launch.boundary;

import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * The page a refused launch shows, in the person's language: what went wrong in words they can pass
 * on to their teacher, never a stack trace. Forgeries and replays get 403, requests that are not
 * LTI messages 400.
 */
public final class RefusalPage {

  private static final Set<String> BAD_REQUEST = Set.of("malformed", "version", "messageType");

  private RefusalPage() {}

  public static void write(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Locale.forLanguageTag(ContentLanguages.DEFAULT)
            : ContentLanguages.resolveUiLocale(
                null, Collections.list(request.getLocales()), ContentLanguages.DEFAULT);
    String title = Messages.get(Messages.LTI, locale, "lti.refused.title");
    String text = Messages.get(Messages.LTI, locale, "lti.refused." + reason);
    String help = Messages.get(Messages.LTI, locale, "lti.refused.help");
    response.resetBuffer();
    response.setStatus(
        BAD_REQUEST.contains(reason)
            ? HttpServletResponse.SC_BAD_REQUEST
            : HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String html =
        "<!DOCTYPE html><html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
            + " content=\"width=device-width, initial-scale=1\"><title>"
            + escape(title)
            + " – Tegn</title></head><body><main><h1>"
            + escape(title)
            + "</h1><p id=\"lti-refused\" data-reason=\""
            + escape(reason)
            + "\">"
            + escape(text)
            + "</p><p>"
            + escape(help)
            + "</p></main></body></html>";
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }

  public static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
