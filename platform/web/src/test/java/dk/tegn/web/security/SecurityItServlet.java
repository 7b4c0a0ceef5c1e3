package dk.tegn.web.security;

import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.entity.Account;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test-only: {@code it/security?action=account&username=&organisation=&role=} makes an account (of
 * an organisation by code, with the demo password) and mails it an invitation with a secret link,
 * as an admin's "new account" does; {@code it/security?action=uploads&marker=} counts the files in
 * the container's temporary folder that hold the marker; {@code it/security?action=authModule} how
 * many requests Tegn's own JASPIC module has authenticated ({@code none}: not registered).
 */
@WebServlet("/it/security")
public class SecurityItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountDirectory directory;
  @Inject transient Registrations registrations;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    if ("authModule".equals(request.getParameter("action"))) {
      Object module = getServletContext().getAttribute(AuthModuleRegistration.MODULE_ATTRIBUTE);
      response
          .getWriter()
          .print(module == null ? "none" : ((TegnServerAuthModule) module).validated());
      return;
    }
    if ("uploads".equals(request.getParameter("action"))) {
      response.getWriter().print(filesHolding(request.getParameter("marker")));
      return;
    }
    if (!"account".equals(request.getParameter("action"))) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String username = request.getParameter("username");
    String code = request.getParameter("organisation");
    Account account =
        directory
            .findByUsername(username)
            .orElseGet(
                () ->
                    directory.create(
                        username,
                        "IT " + username,
                        username + "@it.tegn.dk",
                        directory.ensureOrganisation(code, code, "da", false).getId(),
                        "tegn-demo",
                        List.of(Role.valueOf(request.getParameter("role")))));
    registrations.invite(directory.account(account.getId()));
    response.getWriter().print(account.getId());
  }

  /** How many files in the container's temporary folder hold the marker. */
  private long filesHolding(String marker) throws IOException {
    java.io.File dir = (java.io.File) getServletContext().getAttribute(ServletContext.TEMPDIR);
    try (var files = java.nio.file.Files.walk(dir.toPath())) {
      return files
          .filter(java.nio.file.Files::isRegularFile)
          .filter(
              f -> {
                try {
                  return java.nio.file.Files.readString(
                          f, java.nio.charset.StandardCharsets.ISO_8859_1)
                      .contains(marker);
                } catch (IOException e) {
                  return false;
                }
              })
          .count();
    }
  }
}
