package dk.tegn.courses.xapi.boundary;

import dk.tegn.courses.xapi.control.LrsConfiguration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/xapi/{organisation}}: what the admin page /admin/xapi.xhtml does, for scripts:
 * the organisation's LRS and the state of its outbox. The secret goes in, never out.
 */
@Path("admin/xapi/{organisation}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "xAPI")
public class LrsSettingsResource {

  @Inject LrsConfiguration configuration;

  @GET
  @Path("lrs")
  @Operation(
      summary = "Show the organisation's LRS",
      description =
          "Endpoint, key, whether a secret is stored (never the secret), the home page of"
              + " actors' accounts, how actors are named and whether sending is on. Roles: ADMIN"
              + " of the organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The settings; `configured` is false when none are stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LrsConfiguration.View.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public LrsConfiguration.View settings(@PathParam("organisation") long organisation) {
    return configuration.settings(organisation);
  }

  @PUT
  @Path("lrs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the organisation's LRS",
      description =
          "Statements are POSTed in batches to `endpoint` + `statements` with HTTP Basic"
              + " (`key`, `secret`) and X-Experience-API-Version 1.0.3. The secret is stored"
              + " encrypted; leave it out to keep the stored one. Statements stored before the"
              + " LRS was set are sent too. Roles: ADMIN of the organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LrsConfiguration.Form.class),
              examples =
                  @ExampleObject(
                      name = "lrs",
                      value =
                          "{\"endpoint\":\"https://lrs.example.org/xapi/\",\"key\":\"tegn\","
                              + "\"secret\":\"s3cret\",\"homePage\":\"\","
                              + "\"actorNaming\":\"PSEUDONYM\",\"enabled\":true}")))
  @APIResponse(
      responseCode = "200",
      description = "The settings as stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LrsConfiguration.View.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public LrsConfiguration.View configure(
      @PathParam("organisation") long organisation, LrsConfiguration.Form form) {
    return configuration.configure(organisation, form);
  }

  @GET
  @Path("outbox")
  @Operation(
      summary = "Show the organisation's statement outbox",
      description =
          "How many statements are pending, scheduled (a certificate's expiry to come), sent"
              + " and rejected by the LRS, and the latest that failed with why and when the next"
              + " try is. Roles: ADMIN of the organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The outbox state.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LrsConfiguration.OutboxState.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public LrsConfiguration.OutboxState outbox(@PathParam("organisation") long organisation) {
    return configuration.outboxState(organisation);
  }
}
