package dk.tegn.courses.certificate.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Makes the address printed on a certificate, {@code /verify/<code>}, show the public verify page
 * {@code /verify/index.xhtml?code=<code>}. Page and resource requests pass through untouched.
 */
@WebFilter("/verify/*")
public class VerifyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String code = path.substring("/verify".length()).replaceFirst("^/", "");
    if (code.endsWith(".xhtml") || code.contains("/")) {
      chain.doFilter(request, response);
      return;
    }
    String target =
        "/verify/index.xhtml"
            + (code.isEmpty() ? "" : "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    request.getRequestDispatcher(target).forward(request, response);
  }
}
