package dk.tegn.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API; resources of every module jar are discovered. An API key, HTTP Basic or a signed-in
 * session. The OpenAPI document (at {@code /openapi}, drawn for people at {@code /api-docs}) is
 * built from the annotations: the shared parts are here, each operation names its roles ({@code
 * x-roles}) and its error answers by reference to the responses declared here.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tegn API",
            version = "1",
            description =
                "Tegn's REST API for scripts and case systems. Sign in with an API key"
                    + " (`Authorization: Bearer tegn_…`, made by an administrator on"
                    + " /admin/api-keys.xhtml), HTTP Basic or the session of a signed-in browser."
                    + " Every operation lists the roles that may call it in `x-roles`"
                    + " (`SIGNED_IN`: any signed-in caller); services also check the organisation,"
                    + " so an id of another organisation answers 403. Errors are JSON:"
                    + " `{\"error\": code, \"message\": text}` in the caller's language"
                    + " (Accept-Language; English when none is sent)."),
    security = {
      @SecurityRequirement(name = TegnApi.API_KEY),
      @SecurityRequirement(name = TegnApi.BASIC),
      @SecurityRequirement(name = TegnApi.SESSION)
    },
    components =
        @Components(
            schemas = {
              @Schema(
                  name = "Error",
                  description = "Every error answer of the API.",
                  type = SchemaType.OBJECT,
                  requiredProperties = {"error", "message"},
                  properties = {
                    @SchemaProperty(
                        name = "error",
                        type = SchemaType.STRING,
                        description =
                            "Stable code: badRequest, invalid, unauthorized, forbidden, notFound,"
                                + " conflict, busy, internal (and a few per operation).",
                        example = "forbidden"),
                    @SchemaProperty(
                        name = "message",
                        type = SchemaType.STRING,
                        description = "For people, in the caller's language.",
                        example = "You may not do this."),
                    @SchemaProperty(
                        name = "fields",
                        type = SchemaType.ARRAY,
                        description = "With `invalid`: each field and what is wrong with it.",
                        implementation = TegnApi.FieldError.class)
                  })
            },
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  responseCode = "400",
                  description = "The request cannot be read, or a field is invalid.",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "Error"),
                          examples =
                              @ExampleObject(
                                  name = "invalid",
                                  value =
                                      "{\"error\":\"invalid\",\"message\":\"The request has"
                                          + " invalid fields.\",\"fields\":[{\"field\":\"name\","
                                          + "\"message\":\"Required.\"}]}"))),
              @APIResponse(
                  name = "Unauthorized",
                  responseCode = "401",
                  description =
                      "No credentials, wrong ones, or an API key that is malformed, unknown,"
                          + " revoked or expired (audited).",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "Error"),
                          examples =
                              @ExampleObject(
                                  name = "unauthorized",
                                  value =
                                      "{\"error\":\"unauthorized\",\"message\":\"Sign in"
                                          + " with a valid username and password.\"}"))),
              @APIResponse(
                  name = "Forbidden",
                  responseCode = "403",
                  description =
                      "The caller lacks the role, or the record belongs to another organisation.",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "Error"),
                          examples =
                              @ExampleObject(
                                  name = "forbidden",
                                  value =
                                      "{\"error\":\"forbidden\",\"message\":\"You may not do"
                                          + " this.\"}"))),
              @APIResponse(
                  name = "NotFound",
                  responseCode = "404",
                  description = "No such record.",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "Error"),
                          examples =
                              @ExampleObject(
                                  name = "notFound",
                                  value = "{\"error\":\"notFound\",\"message\":\"Not found.\"}"))),
              @APIResponse(
                  name = "Conflict",
                  responseCode = "409",
                  description = "The request breaks a rule of the record's current state.",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "Error"),
                          examples =
                              @ExampleObject(
                                  name = "conflict",
                                  value =
                                      "{\"error\":\"conflict\",\"message\":\"The request"
                                          + " conflicts with the current state.\"}"))),
              @APIResponse(
                  name = "Busy",
                  responseCode = "503",
                  description =
                      "Too many requests of this kind at once: nothing was done. Send it again"
                          + " after the seconds in the Retry-After header.",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "Error"),
                          examples =
                              @ExampleObject(
                                  name = "busy",
                                  value =
                                      "{\"error\":\"busy\",\"message\":\"Too many answers"
                                          + " are being saved at once, so yours was not saved."
                                          + " Try again in a few seconds.\"}")))
            }))
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = TegnApi.API_KEY,
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "tegn_<16 hex>_<43 base64url>",
      description =
          "An API key of a service account: one role in one organisation, with an expiry."),
  @SecurityScheme(
      securitySchemeName = TegnApi.BASIC,
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "A person's username and password (five wrong ones lock the account)."),
  @SecurityScheme(
      securitySchemeName = TegnApi.SESSION,
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.COOKIE,
      apiKeyName = "JSESSIONID",
      description = "The session of a person signed in through the login page.")
})
public class TegnApi extends Application {

  static final String API_KEY = "apiKey";
  static final String BASIC = "basic";
  static final String SESSION = "session";

  /** One invalid field of a 400 answer. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "name") String field, @Schema(example = "Required.") String message) {}

  @Override
  public Map<String, Object> getProperties() {
    // Only our JsonbProvider writes JSON. Jersey registers the auto-discovered JSON feature this
    // property names (MOXy writes a record as {}, Jackson fails on Instant, Jersey's JSON-B one
    // would not use our configuration): naming ours leaves none of them. JSON-P stays on for the
    // resources that answer JsonValue.
    return Map.of("jersey.config.jsonFeature", JsonbProvider.class.getSimpleName());
  }
}
