package dk.tegn.lti.launch.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tegn's own LTI addresses, as platforms must register them: from {@code tegn.public.url} when set
 * (behind a proxy the request does not show the public address), else from the request.
 */
public final class ToolUrls {

  public static final String LOGIN = "lti/login";
  public static final String LAUNCH = "lti/launch";
  public static final String JWKS = "lti/jwks";

  private ToolUrls() {}

  /** Tegn's base address with a trailing slash, e.g. {@code https://tegn.example/}. */
  public static String base(HttpServletRequest request) {
    String configured =
        ConfigProvider.getConfig()
            .getOptionalValue("tegn.public.url", String.class)
            .filter(s -> !s.isBlank())
            .orElse(null);
    if (configured != null) {
      return configured.endsWith("/") ? configured : configured + "/";
    }
    String scheme = request.getScheme().toLowerCase(Locale.ROOT);
    int port = request.getServerPort();
    boolean defaultPort =
        scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath()
        + "/";
  }
}
