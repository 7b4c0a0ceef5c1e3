package dk.tegn.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Honours {@code X-Forwarded-Proto} and {@code X-Forwarded-For} per request, but only from the
 * proxies named in {@code tegn.proxy.trusted} (the launcher's {@code TEGN_TRUSTED_PROXIES}: their
 * addresses, comma-separated; unset: none). Anyone else could send the headers to pass for another
 * client or for TLS, so from anyone else they are ignored.
 *
 * <p>The client's address feeds the sign-in throttle (behind a proxy every request would come from
 * the proxy, and one guesser would slow everybody down); the scheme feeds HSTS and the addresses
 * Tegn builds from the request.
 */
public final class TrustedProxy {

  private static volatile Set<String> trusted;

  private TrustedProxy() {}

  static Set<String> trusted() {
    Set<String> known = trusted;
    if (known == null) {
      known =
          parse(
              ConfigProvider.getConfig()
                  .getOptionalValue("tegn.proxy.trusted", String.class)
                  .orElse(""));
      trusted = known;
    }
    return known;
  }

  static Set<String> parse(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the request came through a trusted proxy. */
  public static boolean viaProxy(HttpServletRequest request) {
    return trusted().contains(request.getRemoteAddr());
  }

  /**
   * The client's address: from a trusted proxy the right-most address of X-Forwarded-For that is
   * not itself a trusted proxy (what the proxy saw; the left part is the client's own claim).
   */
  public static String clientAddress(HttpServletRequest request) {
    return clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
  }

  static String clientAddress(String remote, String forwardedFor, Set<String> proxies) {
    if (!proxies.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
      return remote;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!proxies.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return remote;
  }

  /** The scheme the client used: X-Forwarded-Proto from a trusted proxy, else the request's. */
  public static String scheme(HttpServletRequest request) {
    return scheme(
        request.getRemoteAddr(),
        request.getHeader("X-Forwarded-Proto"),
        request.getScheme(),
        trusted());
  }

  static String scheme(String remote, String forwardedProto, String own, Set<String> proxies) {
    if (!proxies.contains(remote) || forwardedProto == null) {
      return own;
    }
    // a chain of proxies may list several: the first is the client's side
    String first = forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT);
    return first.equals("https") || first.equals("http") ? first : own;
  }

  public static boolean isSecure(HttpServletRequest request) {
    return request.isSecure() || "https".equals(scheme(request));
  }
}
