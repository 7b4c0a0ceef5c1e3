package dk.tegn.web.sso.boundary;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.sso.SsoCredential;
import dk.tegn.core.sso.control.SsoDirectory;
import dk.tegn.core.sso.control.SsoFlow;
import dk.tegn.core.sso.control.SsoProvisioning;
import dk.tegn.core.sso.control.SsoRefusal;
import dk.tegn.core.sso.control.SsoRefusal.Reason;
import dk.tegn.web.security.TegnAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two addresses of the OpenID Connect flow. {@code /sso/start?organisation=<code>} sends the
 * browser to the organisation's provider, keeping state, nonce and PKCE verifier in the session;
 * {@code /sso/callback} takes the provider's answer once (a second use finds no sign-in under way),
 * signs the person in through {@link TegnAuthenticationMechanism} with an ordinary Tegn session,
 * and goes on. Any refusal goes back to the sign-in page with its reason, and into the audit log.
 */
@WebServlet(urlPatterns = {SsoServlet.START, SsoServlet.CALLBACK})
public class SsoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

  public static final String START = "/sso/start";
  static final String CALLBACK = "/sso/callback";
  static final String PENDING = SsoServlet.class.getName() + ".pending";

  @Inject transient SsoDirectory directory;
  @Inject transient SsoFlow flow;
  @Inject transient SsoProvisioning provisioning;
  @Inject transient SecurityContext security;
  @Inject transient AuditLog audit;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      if (request.getServletPath().equals(START)) {
        start(request, response);
      } else {
        callback(request, response);
      }
    } catch (SsoRefusal refusal) {
      refuse(request, response, refusal);
    } catch (RuntimeException thrown) {
      // a refusal wrapped on its way (by a transaction), else never a 500 at the end of a
      // sign-in: the person is told to try again, the log says why
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof SsoRefusal refusal) {
          refuse(request, response, refusal);
          return;
        }
      }
      LOG.log(Level.WARNING, "single sign-on failed", thrown);
      refuse(
          request,
          response,
          new SsoRefusal(Reason.UNAVAILABLE, null, "failed: " + thrown.getClass().getName()));
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, SsoRefusal refusal)
      throws IOException {
    String detail = refusal.code() + ": " + refusal.getMessage();
    audit.record(
        null,
        "sso.signin",
        "sso_provider",
        refusal.providerId(),
        Outcome.REFUSED,
        detail.length() > 400 ? detail.substring(0, 400) : detail);
    LOG.info(() -> "single sign-on refused: " + detail);
    response.sendRedirect(
        request.getContextPath()
            + TegnAuthenticationMechanism.LOGIN_PAGE
            + "?sso="
            + refusal.code());
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String code = request.getParameter("organisation");
    SsoFlow.Start start =
        flow.begin(
            directory
                .byOrganisation(code == null ? "" : code)
                .orElseThrow(() -> new SsoRefusal(Reason.UNKNOWN, null, "no provider " + code)),
            URI.create(base(request) + CALLBACK),
            insideTegn(request.getParameter("next")));
    request.getSession(true).setAttribute(PENDING, start.pending());
    response.sendRedirect(start.authorization().toString());
  }

  private void callback(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    SsoFlow.Pending pending =
        session == null ? null : (SsoFlow.Pending) session.getAttribute(PENDING);
    if (pending == null) {
      throw new SsoRefusal(Reason.STATE, null, "no sign-in under way (replayed or forged)");
    }
    // one answer per sign-in: a replay of this address meets no pending sign-in
    session.removeAttribute(PENDING);
    String query = request.getQueryString();
    SsoFlow.Verified person =
        flow.complete(
            pending, URI.create(base(request) + CALLBACK + (query == null ? "" : "?" + query)));
    SsoCredential credential = provisioning.signIn(person);
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new SsoRefusal(Reason.DISABLED, person.providerId(), "not signed in: " + status);
    }
    request
        .getSession(true)
        .setAttribute(SsoSession.ATTRIBUTE, new SsoSession(person.providerId(), person.idToken()));
    String next = pending.next();
    response.sendRedirect(request.getContextPath() + (next == null ? "/index.xhtml" : next));
  }

  /** Only paths inside Tegn: an open redirect would help phishing. */
  static String insideTegn(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        ? next
        : null;
  }

  /** Tegn's address as the browser reached it, e.g. {@code https://tegn.example/}. */
  static String base(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }
}
