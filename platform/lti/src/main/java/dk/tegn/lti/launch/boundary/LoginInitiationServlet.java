package dk.tegn.lti.launch.boundary;

import dk.tegn.lti.launch.control.LaunchRefusedException;
import dk.tegn.lti.launch.control.Launches;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /lti/login}: the platform's third-party initiated login (GET or POST with {@code iss},
 * {@code login_hint}, {@code target_link_uri}, {@code lti_message_hint}, {@code client_id}, {@code
 * lti_deployment_id}). Answers with a redirect to the platform's authentication endpoint, and binds
 * its state to this browser with a {@link StateCookie}.
 */
@WebServlet("/lti/login")
public class LoginInitiationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Launches launches;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      Launches.Initiation initiation =
          launches.initiate(
              request.getParameter("iss"),
              request.getParameter("login_hint"),
              request.getParameter("lti_message_hint"),
              request.getParameter("client_id"),
              request.getParameter("lti_deployment_id"),
              ToolUrls.base(request) + ToolUrls.LAUNCH);
      response.setHeader("Cache-Control", "no-store");
      StateCookie.set(request, response, initiation.state());
      response.sendRedirect(initiation.redirect());
    } catch (LaunchRefusedException refused) {
      RefusalPage.write(request, response, refused.reason());
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    doGet(request, response);
  }
}
