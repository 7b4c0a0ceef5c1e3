package dk.tegn.core.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The HTTP request this thread is serving inside the application's filter chain (web's {@code
 * RequestGuardFilter} marks it around the chain), so that the caller's name comes from the
 * request's own principal: the container sets it when it authenticates the request and again when
 * someone signs in or out during it. Asking Jakarta Security's {@code SecurityContext} for the same
 * name parses the container's subject on every call, about 3 % of an answer save's CPU
 * (ops/BENCHMARKS.md section 9.7). Nothing here outside that chain (queued work on another thread,
 * timers, the authentication mechanism itself): the caller then comes from the security context as
 * before.
 */
public final class ServedRequest {

  private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

  private ServedRequest() {}

  /**
   * Marks {@code request} as the one this thread serves until {@link #leave} is called with what
   * this returns (in a {@code finally}).
   *
   * @return the request marked before, usually none
   */
  public static HttpServletRequest enter(HttpServletRequest request) {
    HttpServletRequest before = CURRENT.get();
    CURRENT.set(request);
    return before;
  }

  /** Ends what {@link #enter} began: the thread serves {@code before} again, or none. */
  public static void leave(HttpServletRequest before) {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
  }

  /** The request this thread serves inside the filter chain; null elsewhere. */
  public static HttpServletRequest current() {
    return CURRENT.get();
  }
}
