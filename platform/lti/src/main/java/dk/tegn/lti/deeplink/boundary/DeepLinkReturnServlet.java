package dk.tegn.lti.deeplink.boundary;

import dk.tegn.lti.deeplink.control.DeepLinking;
import dk.tegn.lti.launch.boundary.RefusalPage;
import dk.tegn.lti.launch.boundary.ToolUrls;
import dk.tegn.lti.launch.control.LaunchRefusedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code /lti/deep-link/return}: the picker's form lands here; the answer is a page whose form
 * posts the signed LtiDeepLinkingResponse ({@code JWT}) to the platform's return address. Its
 * content security policy lets that one form go to that one platform, and the small script that
 * submits it run.
 */
@WebServlet("/lti/deep-link/return")
public class DeepLinkReturnServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DeepLinking deepLinking;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String language =
        "en".equals(request.getParameter("lang")) ? "en" : dk.tegn.i18n.ContentLanguages.DEFAULT;
    DeepLinking.Answer answer;
    try {
      answer =
          deepLinking.answer(
              request.getParameter("code"),
              request.getParameter("target"),
              ToolUrls.base(request) + ToolUrls.LAUNCH,
              language);
    } catch (LaunchRefusedException refused) {
      RefusalPage.write(request, response, refused.reason());
      return;
    }
    URI target = URI.create(answer.returnUrl());
    String origin = target.getScheme() + "://" + target.getRawAuthority();
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; form-action "
            + origin
            + "; frame-ancestors 'none'; base-uri 'none'");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    String label =
        dk.tegn.i18n.Messages.get(
            dk.tegn.i18n.Messages.LTI,
            java.util.Locale.forLanguageTag(language),
            "lti.deepLink.send");
    String html =
        "<!DOCTYPE html><html lang=\""
            + language
            + "\"><head><meta charset=\"utf-8\"><title>Tegn</title>"
            + "<script src=\""
            + request.getContextPath()
            + "/lti/autosubmit.js\" defer></script></head><body><main>"
            + "<form id=\"lti-return\" method=\"post\" action=\""
            + RefusalPage.escape(answer.returnUrl())
            + "\"><input type=\"hidden\" name=\"JWT\" value=\""
            + RefusalPage.escape(answer.jwt())
            + "\"><button id=\"lti-return-send\" type=\"submit\">"
            + RefusalPage.escape(label)
            + "</button></form></main></body></html>";
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}
