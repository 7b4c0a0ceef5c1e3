package dk.tegn.web.sso;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only HTTP door to {@link SsoItSupport}: {@code it/sso?action=...}, plain text answers. */
@WebServlet("/it/sso")
public class SsoItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SsoItSupport support;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String answer =
        switch (String.valueOf(request.getParameter("action"))) {
          case "organisation" ->
              support.organisation(
                  request.getParameter("code"),
                  request.getParameter("cohort"),
                  request.getParameter("course"));
          case "account" -> support.account(request.getParameter("username"));
          case "refusals" -> support.refusals();
          default -> null;
        };
    if (answer == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.getWriter().print(answer);
  }
}
