package dk.tegn.courses.xapi.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.stream.Collectors;

/**
 * Every refused request to the statements resource leaves an audit line ({@code xapi.statements},
 * REFUSED): malformed filters, an out-of-range page, a wrong method, another organisation's
 * statements. A response filter, so refusals made before the method runs (parameter conversion,
 * bean validation, no such method) are counted too. The detail has the status, the error code and
 * the names of the refused fields, never their values (a filter may quote anything).
 */
@Provider
public class StatementsRefusalAudit implements ContainerResponseFilter {

  static final String ACTION = "xapi.statements";

  @Inject AuditLog audit;
  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    String path = request.getUriInfo().getPath();
    if (status < 400 || status >= 500 || !path.replaceFirst("^/", "").startsWith(PATH)) {
      return;
    }
    String organisation = request.getUriInfo().getQueryParameters().getFirst("organisation");
    audit.record(
        caller.isAuthenticated() ? caller.accountId() : null,
        ACTION,
        "organisation",
        organisation != null && organisation.matches("\\d{1,18}") ? organisation : null,
        Outcome.REFUSED,
        status + " " + request.getMethod() + detail(response.getEntity()));
  }

  static final String PATH = "xapi/statements";

  /** " code field,field" from the API's JSON error answer, or "" when it is not one. */
  static String detail(Object entity) {
    if (!(entity instanceof String json) || !json.startsWith("{")) {
      return "";
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject error = reader.readObject();
      String fields =
          error.containsKey("fields")
                  && error.get("fields").getValueType() == JsonValue.ValueType.ARRAY
              ? error.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                  .map(f -> f.getString("field", "?"))
                  .collect(Collectors.joining(","))
              : "";
      String detail = " " + error.getString("error", "?") + (fields.isEmpty() ? "" : " " + fields);
      return detail.length() > 200 ? detail.substring(0, 200) : detail;
    } catch (JsonException | ClassCastException e) {
      return "";
    }
  }
}
