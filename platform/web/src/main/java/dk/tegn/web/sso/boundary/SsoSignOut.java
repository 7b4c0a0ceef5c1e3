package dk.tegn.web.sso.boundary;

import dk.tegn.core.sso.control.SsoFlow;
import dk.tegn.web.security.TegnAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signing out at the provider too (RP-initiated logout), when the session came from a single
 * sign-on and the provider has an end-session endpoint: it returns to Tegn's sign-in page.
 */
@ApplicationScoped
public class SsoSignOut {

  @Inject SsoFlow flow;

  /** Read before the session ends: where the provider signs the person out, if anywhere. */
  public Optional<URI> providerSignOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    SsoSession sso =
        session == null ? null : (SsoSession) session.getAttribute(SsoSession.ATTRIBUTE);
    if (sso == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        flow.endSession(
            sso.providerId(),
            sso.idToken(),
            URI.create(SsoServlet.base(request) + TegnAuthenticationMechanism.LOGIN_PAGE)));
  }

  /**
   * Goes to the provider by a page that refreshes, not by a redirect: the sign-out is a form post,
   * and the policy {@code form-action 'self'} would stop a form's redirect to another site.
   */
  public static void goTo(URI target, HttpServletResponse response) throws IOException {
    String href =
        target.toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Referrer-Policy", "no-referrer");
    byte[] page =
        ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\""
                + " content=\"0;url="
                + href
                + "\"><title>Tegn</title></head><body><p><a id=\"provider-signout\" href=\""
                + href
                + "\">&#8594;</a></p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }
}
