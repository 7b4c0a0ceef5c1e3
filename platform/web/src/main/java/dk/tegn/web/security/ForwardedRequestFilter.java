package dk.tegn.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Behind a trusted proxy ({@link TrustedProxy}) pages and resources see the client's scheme and
 * address, so that what they build from the request (badge and verify addresses, redirects) uses
 * https when the client did.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ForwardedRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(TrustedProxy.viaProxy(request) ? new Forwarded(request) : request, response);
  }

  /** The request as the client sent it to the proxy. */
  static final class Forwarded extends HttpServletRequestWrapper {

    private final String scheme;
    private final String client;

    Forwarded(HttpServletRequest request) {
      super(request);
      this.scheme = TrustedProxy.scheme(request);
      this.client = TrustedProxy.clientAddress(request);
    }

    @Override
    public String getScheme() {
      return scheme;
    }

    @Override
    public boolean isSecure() {
      return "https".equals(scheme);
    }

    @Override
    public String getRemoteAddr() {
      return client;
    }

    @Override
    public int getServerPort() {
      // the proxy's public port is the default of the scheme unless the Host header says one
      String host = getHeader("Host");
      if (host != null && host.matches(".*:\\d+$")) {
        return Integer.parseInt(host.substring(host.lastIndexOf(':') + 1));
      }
      return "https".equals(scheme) ? 443 : 80;
    }
  }
}
