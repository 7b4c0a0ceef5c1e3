package dk.tegn.web.security;

import dk.tegn.core.apikey.control.ApiKeyAuthenticator;
import dk.tegn.core.security.SignInBusyException;
import dk.tegn.core.security.control.SignInThrottle;
import dk.tegn.web.api.ApiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for both doors: pages sign in through the login form (which calls {@code
 * SecurityContext.authenticate}) and stay signed in by the session; {@code /api} takes an API key
 * ({@code Authorization: Bearer}, no session: each call shows its key) or HTTP Basic for scripts,
 * or the session of a signed-in browser. Unauthenticated page requests go to the login page;
 * unauthenticated API requests get 401 JSON.
 */
@ApplicationScoped
public class TegnAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Set on a sign-in refused by the throttle: the seconds to wait (a Long). */
  public static final String THROTTLED_ATTRIBUTE = "dk.tegn.signInThrottled";

  private static final String BASIC_CHALLENGE = "Basic realm=\"Tegn\", charset=\"UTF-8\"";
  private static final String BEARER_REFUSED = "Bearer realm=\"Tegn\", error=\"invalid_token\"";

  @Inject IdentityStoreHandler identityStore;
  @Inject ApiKeyAuthenticator apiKeys;
  @Inject ApiErrors apiErrors;
  @Inject SignInThrottle throttle;

  @Inject
  @ConfigProperty(name = "tegn.public.url")
  Optional<String> publicUrl;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeadersFilter.apply(request, response);
    try {
      return validate(request, response, context);
    } catch (RuntimeException e) {
      // too many sign-ins at once: nothing was checked, so no failure counts; try again shortly
      SignInBusyException busy = busyCause(e);
      if (busy == null) {
        throw e;
      }
      return isApi(request) ? busyApi(request, response, busy) : busyForm(request);
    }
  }

  /** The identity store's refusal, also when a proxy on the way wrapped it; else null. */
  private static SignInBusyException busyCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SignInBusyException busy) {
        return busy;
      }
    }
    return null;
  }

  private AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean api = isApi(request);
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      if (credential instanceof UsernamePasswordCredential password) {
        Optional<Duration> wait =
            throttle.waitFor(password.getCaller(), TrustedProxy.clientAddress(request));
        if (wait.isPresent()) {
          return throttledForm(request, wait.get());
        }
        return signIn(request, context, checked(request, password));
      }
      return signIn(request, context, identityStore.validate(credential));
    }
    Optional<String> bearer = api ? bearerToken(request) : Optional.empty();
    if (bearer.isPresent()) {
      // the key decides, whatever session the request also carries
      ApiKeyAuthenticator.Result key = apiKeys.authenticate(bearer.get());
      return key.valid()
          ? context.notifyContainerAboutLogin(key.username(), key.roles())
          : unauthorizedApi(request, response, BEARER_REFUSED);
    }
    Optional<CallerSession> session = sessionOf(request);
    Optional<UsernamePasswordCredential> basic = api ? basicCredential(request) : Optional.empty();
    // a session stands for its own caller only: Basic credentials of someone else sign in anew
    if (session.isPresent()
        && basic.map(b -> b.getCaller().equals(session.get().username())).orElse(true)) {
      if (api && request.getHeader("Authorization") == null && !sameOrigin(request)) {
        // the cookie alone, sent by a page of another site: cross-site request forgery
        return refuseApi(request, response, HttpServletResponse.SC_FORBIDDEN, "crossOrigin");
      }
      return context.notifyContainerAboutLogin(session.get().username(), session.get().roles());
    }
    if (basic.isPresent()) {
      Optional<Duration> wait =
          throttle.waitFor(basic.get().getCaller(), TrustedProxy.clientAddress(request));
      if (wait.isPresent()) {
        return throttledApi(request, response, wait.get());
      }
      CredentialValidationResult result = checked(request, basic.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return signIn(request, context, result);
      }
      return unauthorizedApi(request, response, BASIC_CHALLENGE);
    }
    if (context.isProtected()) {
      return api
          ? unauthorizedApi(request, response, BASIC_CHALLENGE)
          : redirectToLogin(request, context);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // a new session id at sign-in defeats session fixation
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            CallerSession.ATTRIBUTE,
            new CallerSession(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
  }

  private static Optional<CallerSession> sessionOf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((CallerSession) session.getAttribute(CallerSession.ATTRIBUTE));
  }

  private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** The scheme of the key: "Bearer" in any case, then the key (RFC 6750). */
  private static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? Optional.of(header.substring(7).trim())
        : Optional.empty();
  }

  private AuthenticationStatus unauthorizedApi(
      HttpServletRequest request, HttpServletResponse response, String challenge) {
    response.setHeader("WWW-Authenticate", challenge);
    return refuseApi(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
  }

  private AuthenticationStatus refuseApi(
      HttpServletRequest request, HttpServletResponse response, int status, String code) {
    try {
      apiErrors.write(request, response, status, code);
      // committed, so the container adds no error page of its own (403 has one for pages)
      response.flushBuffer();
    } catch (IOException e) {
      response.setStatus(status);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** See {@link SameOrigin}; a browser announces itself with the Sec-Fetch headers. */
  private boolean sameOrigin(HttpServletRequest request) {
    return SameOrigin.allowed(
        request.getMethod(),
        request.getHeader("Origin"),
        request.getHeader("Referer"),
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null,
        request.getHeader("Host"),
        publicUrl.orElse(null));
  }

  /**
   * Checks the password and counts the outcome in the throttle: a wrong password and an unknown
   * name count alike, so the throttle's answer tells nobody which names exist.
   */
  private CredentialValidationResult checked(
      HttpServletRequest request, UsernamePasswordCredential credential) {
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(credential.getCaller());
    } else {
      throttle.failed(credential.getCaller(), TrustedProxy.clientAddress(request));
    }
    return result;
  }

  /** 429 with the seconds to wait; nothing was checked. */
  private AuthenticationStatus throttledApi(
      HttpServletRequest request, HttpServletResponse response, Duration wait) {
    response.setHeader("Retry-After", String.valueOf(seconds(wait)));
    return refuseApi(request, response, 429, "throttled");
  }

  /** The login page says how long to wait (LoginBacking). */
  private static AuthenticationStatus throttledForm(HttpServletRequest request, Duration wait) {
    request.setAttribute(THROTTLED_ATTRIBUTE, seconds(wait));
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private AuthenticationStatus busyApi(
      HttpServletRequest request, HttpServletResponse response, SignInBusyException busy) {
    response.setHeader("Retry-After", String.valueOf(busy.retryAfterSeconds()));
    try {
      apiErrors.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "busy");
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The login page explains it (LoginBacking); a protected page asked for goes to the login. */
  private static AuthenticationStatus busyForm(HttpServletRequest request) {
    request.setAttribute(SignInBusyException.REQUEST_ATTRIBUTE, Boolean.TRUE);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpMessageContext context) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
