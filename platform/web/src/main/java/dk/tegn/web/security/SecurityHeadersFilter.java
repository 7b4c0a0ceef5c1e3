package dk.tegn.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. Faces pages get their full Content-Security-Policy (with a
 * per-request script nonce) from PrimeFaces' CSP support, configured in web.xml; this policy adds
 * what must hold for every response, pages and API alike.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers; also called by the authentication mechanism, whose refusals (the API's 401,
   * the 403 of a page one may not see) are answered before any filter runs.
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(
        "Content-Security-Policy",
        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    // the server's product and version help an attacker pick an exploit
    response.setHeader("Server", "Tegn");
    if (TrustedProxy.isSecure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      // pages and API answers may hold personal data: never cache them
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
