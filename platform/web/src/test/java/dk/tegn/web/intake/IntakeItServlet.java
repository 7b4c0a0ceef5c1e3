package dk.tegn.web.intake;

import dk.tegn.intake.retention.boundary.RetentionSchedule;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only HTTP door: {@code it/intake/retention} runs the nightly retention job now, as the timer
 * would, and answers "ok".
 */
@WebServlet("/it/intake/retention")
public class IntakeItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient RetentionSchedule retention;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    retention.stripExpired();
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print("ok");
  }
}
