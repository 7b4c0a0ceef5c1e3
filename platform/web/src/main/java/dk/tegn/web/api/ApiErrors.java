package dk.tegn.web.api;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The API's error body, {@code {"error": code, "message": text}}, in the caller's language
 * (Accept-Language; English for scripts that send none).
 */
@ApplicationScoped
public class ApiErrors {

  public Locale localeOf(List<Locale> acceptable, boolean headerPresent) {
    return headerPresent
        ? ContentLanguages.resolveUiLocale(null, acceptable, "en")
        : Locale.ENGLISH;
  }

  public JsonObject body(String code, String message, JsonArray fields) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("error", code).add("message", message);
    if (fields != null) {
      json.add("fields", fields);
    }
    return json.build();
  }

  public Response response(int status, String code, String message, JsonArray fields) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body(code, message, fields).toString())
        .build();
  }

  public String platformMessage(Locale locale, String code) {
    return Messages.get(Messages.PLATFORM, locale, "api.error." + code);
  }

  /** For answers written outside JAX-RS (the authentication mechanism). */
  public void write(
      HttpServletRequest request, HttpServletResponse response, int status, String code)
      throws IOException {
    Locale locale =
        localeOf(
            java.util.Collections.list(request.getLocales()),
            request.getHeader("Accept-Language") != null);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            body(code, platformMessage(locale, code), null)
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }
}
