package dk.tegn.web.apikey.boundary;

import dk.tegn.core.apikey.control.ApiKeyView;
import dk.tegn.core.apikey.control.ApiKeys;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/api-keys}: what the admin page does, for scripts of an administrator. The key
 * is in the answer to its creation and nowhere else. A key cannot create keys (403).
 */
@Path("admin/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Service accounts for scripts: issue, list, revoke.")
public class ApiKeysResource {

  /** A key as lists show it: never the key itself. */
  /** The answer to a new key: the only time the key is shown. */
  public record IssuedKey(
      ApiKeyView record,
      @Schema(
              description = "The key; send it as `Authorization: Bearer <key>`. Shown only now.",
              example = "tegn_3f9a0c1d2e4b5a67_Q2hhbmdlLW1lLXRoaXMtaXMtb25seS1hbi1leGFtcGxlAA")
          String key) {}

  @Inject ApiKeys keys;
  @Inject PlatformClock clock;

  @GET
  @Operation(
      summary = "List API keys",
      description =
          "Keys of one organisation, or of every organisation the admin manages, newest first."
              + " Roles: ADMIN of the organisation (a national admin: of any).")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The keys.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ApiKeyView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public List<ApiKeyView> list(
      @Parameter(description = "Organisation id; without it, every organisation managed")
          @QueryParam("organisation")
          Long organisation,
      @QueryParam("first") @DefaultValue("0") @Min(0) int first,
      @QueryParam("max") @DefaultValue("100") @Min(1) @Max(500) int max) {
    return keys.list(organisation, first, max);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue an API key",
      description =
          "Creates a service account holding `role` in the organisation and a key for it that"
              + " works until the start of `expiresOn` (UTC; at most two years ahead). The key is"
              + " in this answer only; Tegn keeps its SHA-256. Roles: ADMIN of the organisation,"
              + " signed in as a person (not with a key).")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeys.NewKey.class),
              examples =
                  @ExampleObject(
                      name = "coordinator",
                      value =
                          "{\"name\":\"Nightly completion export\",\"organisationId\":2,"
                              + "\"role\":\"COORDINATOR\",\"expiresOn\":\"2027-12-31\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Issued; keep the key now.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedKey.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response issue(ApiKeys.NewKey form) {
    ApiKeys.Issued issued = keys.issue(form);
    return Response.status(Response.Status.CREATED)
        .entity(new IssuedKey(issued.record(), issued.key()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Revoke an API key",
      description =
          "The key stops working at once (401) and its service account is disabled. Revoking"
              + " again changes nothing. Roles: ADMIN of the key's organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The revoked key.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public ApiKeyView revoke(@PathParam("id") long id) {
    return keys.revoke(id);
  }
}
