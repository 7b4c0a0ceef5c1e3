package dk.tegn.lti.launch.boundary;

import dk.tegn.lti.launch.control.LaunchRefusedException;
import dk.tegn.lti.launch.control.Launches;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /lti/launch}: where the platform posts the id_token (form_post, a cross-site top-level
 * POST). A resource link launch signs the person in through the container (a new session, so the
 * session cookie, SameSite=Lax, is set by this answer and sent with the redirect that follows); a
 * deep linking request opens the picker. A refusal shows {@link RefusalPage}.
 */
@WebServlet("/lti/launch")
public class LaunchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Launches launches;
  @Inject transient SecurityContext security;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Launches.Outcome outcome;
    String state = request.getParameter("state");
    StateCookie.clear(request, response, state);
    try {
      outcome =
          launches.launch(
              request.getParameter("id_token"), state, StateCookie.present(request, state));
    } catch (LaunchRefusedException refused) {
      RefusalPage.write(request, response, refused.reason());
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    if (outcome instanceof Launches.DeepLink deepLink) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          request.getContextPath()
              + "/lti/deep-link.xhtml?code="
              + URLEncoder.encode(deepLink.code(), StandardCharsets.UTF_8));
      return;
    }
    Launches.SignIn signIn = (Launches.SignIn) outcome;
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(signIn.credential())
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      RefusalPage.write(request, response, "account");
      return;
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + signIn.path());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RefusalPage.write(request, response, "malformed");
  }
}
