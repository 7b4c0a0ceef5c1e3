package dk.tegn.courses.certificate.boundary;

import jakarta.servlet.http.HttpServletRequest;

/** The address at which a request reached Tegn, for links that leave the platform. */
public final class PublicAddress {

  private PublicAddress() {}

  /** Scheme, host, a port other than 80 or 443, and the context path; no trailing slash. */
  public static String of(HttpServletRequest request) {
    int port = request.getServerPort();
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (port == 80 || port == 443 ? "" : ":" + port)
        + request.getContextPath();
  }
}
