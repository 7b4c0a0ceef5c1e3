package dk.tegn.web.coordination;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only HTTP door to {@link CoordinationItSupport}: {@code it/coordination?action=...} arranges
 * data or runs a scenario and answers in plain text.
 */
@WebServlet("/it/coordination")
public class CoordinationItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CoordinationItSupport support;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String name = request.getParameter("name");
    String user = request.getParameter("username");
    Object answer =
        switch (request.getParameter("action")) {
          case "course" -> support.publishCourse(name, false);
          case "complete" -> {
            support.complete(user);
            yield "ok";
          }
          case "sync" -> support.cohortSync(name, user);
          case "recertify" -> support.recertify(name, user);
          case "coordinator" ->
              support.localCoordinator(user, request.getParameter("organisation"), name);
          case "enqueue" -> support.enqueue(request.getParameter("to"));
          case "learner" -> support.learner(user, name);
          case "overdue" ->
              support.overdueLearner(request.getParameter("organisation"), user, name);
          case "organisation" ->
              support.organisationWithCohort(
                  request.getParameter("organisation"),
                  user,
                  request.getParameter("password"),
                  name);
          default -> null;
        };
    if (answer == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.getWriter().print(answer);
  }
}
