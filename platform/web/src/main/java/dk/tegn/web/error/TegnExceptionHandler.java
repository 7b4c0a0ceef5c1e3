package dk.tegn.web.error;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.i18n.Messages;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * No stack trace ever reaches a page: a refused role gives the 403 page, a missing record 404, an
 * expired session the sign-in page, a broken rule a message in the user's language, and anything
 * else the 500 page with an incident id that is also in the log.
 */
public class TegnExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(TegnExceptionHandler.class.getName());

  public TegnExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      events.remove();
      if (faces.getResponseComplete()) {
        continue;
      }
      try {
        route(faces, thrown);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not show the error page", e.getClass().getName());
      }
    }
    getWrapped().handle();
  }

  private void route(FacesContext faces, Throwable thrown) throws IOException {
    Throwable cause = rootOf(thrown);
    ExternalContext external = faces.getExternalContext();
    if (cause instanceof RuleViolationException rule) {
      showMessage(faces, rule.bundle(), rule.messageKey(), rule.arguments());
      return;
    }
    if (cause instanceof jakarta.validation.ConstraintViolationException) {
      // a service's own validation (blank, over-long) caught what the form's checks let through
      showMessage(faces, Messages.PLATFORM, "api.error.invalid");
      return;
    }
    // a post without the page's CSP nonce is a forged or stale form: treat it like an expired one
    if (cause instanceof ViewExpiredException
        || cause.getClass().getName().equals("org.primefaces.csp.CspException")) {
      external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
    } else if (cause instanceof AccessDeniedException) {
      send(faces, 403, "/error/403.xhtml");
    } else if (cause instanceof RecordNotFoundException) {
      send(faces, 404, "/error/404.xhtml");
    } else {
      String incident = UUID.randomUUID().toString();
      // class and stack only: exception messages may quote personal data
      Throwable trace = new Throwable(cause.getClass().getName());
      trace.setStackTrace(cause.getStackTrace());
      LOG.log(Level.SEVERE, "page incident " + incident, trace);
      external.getRequestMap().put("incident", incident);
      external.getFlash().put("incident", incident);
      send(faces, 500, "/error/500.xhtml");
    }
    faces.responseComplete();
  }

  /** The page again, with the message in the user's language. */
  private static void showMessage(
      FacesContext faces, String bundle, String key, Object... arguments) {
    Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, Messages.get(bundle, locale, key, arguments), null));
    faces.renderResponse();
  }

  /** Full requests get the real status; ajax requests can only be redirected. */
  private static void send(FacesContext faces, int status, String page) throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (faces.getPartialViewContext().isAjaxRequest()) {
      external.redirect(external.getRequestContextPath() + page);
    } else {
      external.responseReset();
      external.responseSendError(status, null);
    }
  }

  private static Throwable rootOf(Throwable thrown) {
    Throwable t = thrown;
    while (t.getCause() != null
        && (t instanceof FacesException
            || t instanceof jakarta.el.ELException
            || t instanceof jakarta.ejb.EJBException
            || t instanceof jakarta.transaction.TransactionalException
            || t.getClass().getName().startsWith("jakarta.el.")
            || t.getClass().getName().startsWith("com.sun.faces."))) {
      t = t.getCause();
    }
    return t;
  }
}
