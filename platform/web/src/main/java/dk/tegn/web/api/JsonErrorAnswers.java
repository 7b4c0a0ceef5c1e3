package dk.tegn.web.api;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.core.problem.BusyException;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.i18n.Messages;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns any failure into the API's JSON error answer; shared by the mappers of this package. */
abstract class JsonErrorAnswers {

  private static final Logger LOG = Logger.getLogger(JsonErrorAnswers.class.getName());

  @Inject ApiErrors errors;
  @Context HttpHeaders headers;

  Response answer(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    Locale locale =
        errors.localeOf(
            headers.getAcceptableLanguages(),
            headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) != null);
    if (cause instanceof AccessDeniedException) {
      return platform(403, "forbidden", locale);
    }
    if (cause instanceof BusyException busy) {
      return Response.fromResponse(
              errors.response(503, "busy", errors.platformMessage(locale, busy.code()), null))
          .header("Retry-After", busy.retryAfterSeconds())
          .build();
    }
    if (cause instanceof RecordNotFoundException) {
      return platform(404, "notFound", locale);
    }
    if (cause instanceof RuleViolationException rule) {
      return errors.response(
          409,
          "conflict",
          Messages.get(rule.bundle(), locale, rule.messageKey(), rule.arguments()),
          null);
    }
    if (cause instanceof ConstraintViolationException invalid) {
      JsonArrayBuilder fields = JSON.createArrayBuilder();
      for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
        fields.add(
            JSON.createObjectBuilder().add("field", fieldName(v)).add("message", v.getMessage()));
      }
      return errors.response(
          400, "invalid", errors.platformMessage(locale, "invalid"), fields.build());
    }
    if (cause instanceof JsonFieldException field) {
      return errors.response(
          400,
          "invalid",
          errors.platformMessage(locale, "invalid"),
          JSON.createArrayBuilder()
              .add(
                  JSON.createObjectBuilder()
                      .add("field", field.field())
                      .add(
                          "message",
                          Messages.get(
                              Messages.PLATFORM, locale, "api.json." + field.messageKey())))
              .build());
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status == 405 && web.getResponse().getHeaderString("Allow") != null) {
        return Response.fromResponse(platform(405, "methodNotAllowed", locale))
            .header("Allow", web.getResponse().getHeaderString("Allow"))
            .build();
      }
      String code =
          switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 413 -> "tooLarge";
            case 415 -> "unsupportedMediaType";
            default -> "badRequest";
          };
      return status < 500 ? platform(status, code, locale) : incident(thrown, locale);
    }
    if (DatabaseUnavailable.isCause(thrown)) {
      // the database is down (the launcher restarts it): a quick answer the client can retry,
      // not a 500 after the pool's wait; nothing was saved, so retrying loses nothing
      return Response.fromResponse(platform(503, "unavailable", locale))
          .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
          .build();
    }
    return incident(thrown, locale);
  }

  private Response platform(int status, String code, Locale locale) {
    return errors.response(status, code, errors.platformMessage(locale, code), null);
  }

  private Response incident(Throwable thrown, Locale locale) {
    String incident = UUID.randomUUID().toString();
    // the class and stack only: exception messages may quote data
    LOG.log(
        Level.SEVERE,
        "API incident " + incident + ": " + thrown.getClass().getName(),
        stripMessages(thrown));
    return errors.response(
        500, "internal", errors.platformMessage(locale, "internal") + " (" + incident + ")", null);
  }

  /** The last segment of the property path, e.g. "email" of "create.form.email". */
  private static String fieldName(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static Throwable unwrap(Throwable thrown) {
    // Jersey may wrap what a body reader throws; a JSON-P failure is a body that is no JSON
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof JsonFieldException) {
        return t;
      }
      if (t instanceof jakarta.json.JsonException) {
        return new JsonFieldException("body", "malformed");
      }
    }
    Throwable t = thrown;
    while ((t instanceof EJBException || t instanceof jakarta.transaction.RollbackException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof jakarta.transaction.TransactionalException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static Throwable stripMessages(Throwable thrown) {
    Throwable copy = new Throwable(thrown.getClass().getName());
    copy.setStackTrace(thrown.getStackTrace());
    return copy;
  }
}
