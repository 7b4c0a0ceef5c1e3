package dk.tegn.lti.launch.boundary;

import dk.tegn.lti.launch.entity.LoginState;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/**
 * Binds a login initiation's state to the browser that started it (login CSRF defence, as the LTI
 * 1.3 security framework and OIDC recommend): the initiation sets a cookie named after the state,
 * the launch must bring it back. One cookie per state, so two launches in two tabs do not clash;
 * each lives as long as its state and is sent only to the launch address.
 *
 * <p>The platform posts the launch cross-site, so behind TLS the cookie is {@code SameSite=None;
 * Secure}; over plain HTTP (a developer's machine, where platform and tool share a site) browsers
 * refuse {@code None} without {@code Secure}, and {@code Lax} is used instead.
 */
final class StateCookie {

  static final String PREFIX = "tegn_lti_";

  private StateCookie() {}

  static void set(HttpServletRequest request, HttpServletResponse response, String state) {
    response.addHeader(
        "Set-Cookie",
        PREFIX
            + state
            + "=1; Path="
            + path(request)
            + "; Max-Age="
            + LoginState.LIFETIME.toSeconds()
            + "; HttpOnly"
            + (request.isSecure() ? "; Secure; SameSite=None" : "; SameSite=Lax"));
  }

  /** Whether this browser started the login with {@code state}. */
  static boolean present(HttpServletRequest request, String state) {
    Cookie[] cookies = request.getCookies();
    return state != null
        && cookies != null
        && Arrays.stream(cookies).anyMatch(c -> c.getName().equals(PREFIX + state));
  }

  /** The cookie has done its work (or the state is burnt): the browser forgets it. */
  static void clear(HttpServletRequest request, HttpServletResponse response, String state) {
    if (present(request, state)) {
      response.addHeader(
          "Set-Cookie",
          PREFIX
              + state
              + "=; Path="
              + path(request)
              + "; Max-Age=0; HttpOnly"
              + (request.isSecure() ? "; Secure; SameSite=None" : "; SameSite=Lax"));
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getContextPath() + "/" + ToolUrls.LAUNCH;
  }
}
