package dk.tegn.web.privacy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: {@code it/privacy?action=arrange&prefix=&person=username|name|email[|complete]...},
 * {@code action=partial&account=} (an erasure stopped after its first module) and {@code
 * action=erase&account=} (run or resume it); {@code action=outsider&prefix=} (an administrator of
 * another organisation), {@code action=retention&organisation=&months=}, {@code
 * action=age&account=&signedIn=&warned=} (days ago) and {@code action=retentionRun} (the scheduled
 * job's pass); {@code action=logStart&control=} and {@code action=logFind&text=} ({@link
 * LogCapture}).
 */
@WebServlet("/it/privacy")
public class PrivacyItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PrivacyItSupport support;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String result =
        switch (String.valueOf(request.getParameter("action"))) {
          case "arrange" -> {
            List<String[]> people = new ArrayList<>();
            for (String person : request.getParameterValues("person")) {
              people.add(person.split("\\|"));
            }
            yield support.arrange(request.getParameter("prefix"), people);
          }
          case "partial" ->
              support.eraseFirstStepOnly(Long.parseLong(request.getParameter("account")));
          case "erase" -> support.erase(Long.parseLong(request.getParameter("account")));
          case "account" -> String.valueOf(support.account(request.getParameter("username")));
          case "outsider" -> support.outsider(request.getParameter("prefix"));
          case "retention" -> {
            support.retention(
                Long.parseLong(request.getParameter("organisation")),
                Integer.parseInt(request.getParameter("months")));
            yield "ok";
          }
          case "age" -> {
            support.age(
                Long.parseLong(request.getParameter("account")),
                Integer.parseInt(request.getParameter("signedIn")),
                Integer.parseInt(request.getParameter("warned")));
            yield "ok";
          }
          case "retentionRun" -> support.retentionRun();
          case "logStart" -> LogCapture.start(request.getParameter("control"));
          case "logFind" -> String.valueOf(LogCapture.find(request.getParameter("text")));
          default -> null;
        };
    if (result == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.getWriter().print(result);
  }
}
