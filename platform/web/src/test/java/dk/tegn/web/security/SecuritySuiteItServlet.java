package dk.tegn.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only: {@code it/security-suite?prefix=} sets up {@link SecuritySuiteItSupport}. */
@WebServlet("/it/security-suite")
public class SecuritySuiteItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SecuritySuiteItSupport support;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(support.setUp(request.getParameter("prefix")));
  }
}
