package dk.tegn.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The CSRF rule for the API: a state-changing request that a browser sends on the strength of the
 * session cookie alone must come from Tegn's own pages. Browsers name where a request comes from
 * ({@code Origin}, else {@code Referer}) and whether it crosses sites ({@code Sec-Fetch-Site}); a
 * page on another site cannot forge these. A request is refused when it names another origin, when
 * the browser says it crosses sites, or when a browser (it sends {@code Sec-Fetch-*}) names no
 * origin at all. Scripts with a cookie jar send none of these headers and are not browsers, so they
 * pass; HTTP Basic and tokens are not checked here (the caller of this class decides).
 */
public final class SameOrigin {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private SameOrigin() {}

  /**
   * @param host the request's {@code Host} header (the address the browser sent it to)
   * @param publicUrl Tegn's configured public address (may be null), for a proxy that rewrites the
   *     Host
   */
  public static boolean allowed(
      String method,
      String origin,
      String referer,
      String secFetchSite,
      boolean browser,
      String host,
      String publicUrl) {
    if (method == null || SAFE.contains(method.toUpperCase(Locale.ROOT))) {
      return true;
    }
    if (secFetchSite != null
        && !secFetchSite.equalsIgnoreCase("same-origin")
        && !secFetchSite.equalsIgnoreCase("none")) {
      return false;
    }
    String claimed = origin != null ? origin : referer;
    if (claimed == null) {
      return !browser;
    }
    String from = authority(claimed);
    return from != null
        && (hostAuthorities(host).contains(from) || from.equals(authority(publicUrl)));
  }

  /** "host:port" of an absolute http(s) URL, default ports made explicit; null otherwise. */
  static String authority(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return null; // "null" (sandboxed pages, file:) and anything odd are another origin
      }
      int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
      return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /**
   * The Host header as "host:port". Without a port the scheme's default is meant; as the scheme
   * outside a TLS proxy is not known here, a Host without port matches an origin on 80 or 443.
   */
  private static Set<String> hostAuthorities(String host) {
    if (host == null || host.isBlank()) {
      return Set.of();
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    return h.matches(".*:[0-9]+") ? Set.of(h) : Set.of(h + ":80", h + ":443");
  }
}
