package dk.tegn.web.security;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.ServedRequest;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import dk.tegn.web.api.ApiErrors;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Bad requests get a clear 4xx before they reach anything that could fail on them: methods pages do
 * not take (405, not Servlet's 501), bodies over the limit (413: a form post of 1 MB or more, any
 * other body over 64 MB), NUL characters in a form (400). Servlets outside Faces and JAX-RS (the
 * certificate download) answer a refusal with 403 and a missing record with 404, never 500.
 * Uploaded files are deleted from the temporary folder when the request ends. API answers are JSON,
 * pages a short text, both in the caller's language.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RequestGuardFilter.class.getName());

  static final long MAX_FORM_BYTES = 1_000_000;
  static final long MAX_BODY_BYTES = 64L * 1024 * 1024;
  private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
  private static final String FORM = "application/x-www-form-urlencoded";

  @Inject transient ApiErrors apiErrors;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = TegnAuthenticationMechanism.isApi(request);
    if (!api && !PAGE_METHODS.contains(request.getMethod())) {
      response.setHeader("Allow", String.join(", ", PAGE_METHODS));
      refuse(request, response, api, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "methodNotAllowed");
      return;
    }
    boolean form = isForm(request);
    long length = request.getContentLengthLong();
    if (length >= (form ? MAX_FORM_BYTES : MAX_BODY_BYTES)) {
      refuse(request, response, api, 413, "tooLarge");
      return;
    }
    if (form && hasNul(request)) {
      refuse(request, response, api, HttpServletResponse.SC_BAD_REQUEST, "badRequest");
      return;
    }
    // the caller's name comes from this request's principal while the chain runs (ServedRequest)
    HttpServletRequest before = ServedRequest.enter(request);
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException | IOException thrown) {
      Throwable cause = known(thrown);
      if (cause == null || response.isCommitted()) {
        throw thrown;
      }
      response.resetBuffer();
      response.sendError(
          cause instanceof AccessDeniedException
              ? HttpServletResponse.SC_FORBIDDEN
              : HttpServletResponse.SC_NOT_FOUND);
    } finally {
      ServedRequest.leave(before);
      deleteUploads(request);
    }
  }

  /**
   * Uploaded parts wait in the container's temporary folder (a coordinator's CSV holds names and
   * e-mail addresses); the container leaves them there, so they go when the request ends.
   */
  private static void deleteUploads(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return;
    }
    try {
      for (Part part : request.getParts()) {
        try {
          part.delete();
        } catch (IOException | RuntimeException e) {
          LOG.warning("an uploaded part could not be deleted: " + e.getClass().getName());
        }
      }
    } catch (IOException | ServletException | RuntimeException notParsed) {
      // not read as parts (no multipart handling for this address): nothing was stored
    }
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith(FORM);
  }

  /** A NUL in a text someone typed is never meant; databases and mail treat it differently. */
  private static boolean hasNul(HttpServletRequest request) {
    try {
      for (String[] values : request.getParameterMap().values()) {
        for (String value : values) {
          if (value.indexOf('\0') >= 0) {
            return true;
          }
        }
      }
      return false;
    } catch (IllegalStateException | IllegalArgumentException unreadable) {
      return true;
    }
  }

  /**
   * A refusal or a missing record under the thrown exception's wrappers; null for anything else.
   */
  private static Throwable known(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AccessDeniedException || t instanceof RecordNotFoundException) {
        return t;
      }
    }
    return null;
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean api,
      int status,
      String code)
      throws IOException {
    // the body of a refused request is not read: the connection must not be kept for it
    response.setHeader("Connection", "close");
    if (api) {
      apiErrors.write(request, response, status, code);
      return;
    }
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Locale.forLanguageTag("da")
            : ContentLanguages.resolveUiLocale(null, Collections.list(request.getLocales()), "da");
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            Messages.get(Messages.PLATFORM, locale, "api.error." + code)
                .getBytes(StandardCharsets.UTF_8));
  }
}
