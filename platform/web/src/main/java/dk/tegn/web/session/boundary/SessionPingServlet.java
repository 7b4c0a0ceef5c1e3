package dk.tegn.web.session.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code GET /session}: whether the caller is still signed in and how many seconds the session has
 * left. Asking is itself activity, so the page's ping keeps the session alive; it never creates a
 * session. Never cached.
 */
@WebServlet("/session")
public class SessionPingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    // the authentication mechanism signs in a request that carries a signed-in session
    boolean signedIn = session != null && request.getUserPrincipal() != null;
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    var answer = JSON.createObjectBuilder().add("signedIn", signedIn);
    if (signedIn) {
      answer.add("secondsLeft", session.getMaxInactiveInterval());
    }
    response.getWriter().write(answer.build().toString());
  }
}
