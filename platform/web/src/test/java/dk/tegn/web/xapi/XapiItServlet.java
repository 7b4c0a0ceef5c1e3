package dk.tegn.web.xapi;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only HTTP door to {@link XapiItSupport}: {@code it/xapi?quiz=ID} arranges the journey. */
@WebServlet("/it/xapi")
public class XapiItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient XapiItSupport support;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(support.arrange(Long.parseLong(request.getParameter("quiz"))));
  }
}
