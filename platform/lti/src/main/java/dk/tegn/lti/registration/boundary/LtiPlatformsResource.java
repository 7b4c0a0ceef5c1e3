package dk.tegn.lti.registration.boundary;

import dk.tegn.lti.key.control.ToolKeys;
import dk.tegn.lti.launch.boundary.ToolUrls;
import dk.tegn.lti.registration.control.Registrations;
import dk.tegn.lti.registration.control.Registrations.PlatformForm;
import dk.tegn.lti.registration.entity.LtiPlatform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/admin/lti}: what the LTI admin page does, for an administrator's scripts: Tegn's tool
 * addresses and the platforms registered with it.
 */
@Path("admin/lti")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "LTI",
    description = "Tegn as an LTI 1.3 tool: its addresses and the platforms that launch it.")
public class LtiPlatformsResource {

  /** A registration as the API shows it. */
  public record PlatformView(
      long id,
      String name,
      String issuer,
      String clientId,
      List<String> deploymentIds,
      String jwksUrl,
      String authLoginUrl,
      String tokenUrl,
      long organisationId,
      boolean enabled,
      Instant createdAt) {

    static PlatformView of(LtiPlatform p) {
      return new PlatformView(
          p.getId(),
          p.getName(),
          p.getIssuer(),
          p.getClientId(),
          p.getDeploymentIds().stream().sorted().toList(),
          p.getJwksUrl(),
          p.getAuthLoginUrl(),
          p.getTokenUrl(),
          p.getOrganisationId(),
          p.isEnabled(),
          p.getCreatedAt());
    }
  }

  /** What a platform's administrator types into its tool configuration. */
  public record ToolView(
      @Schema(description = "OpenID Connect login initiation URL") String loginUrl,
      @Schema(description = "Target link / redirection URI for launches and deep linking")
          String launchUrl,
      @Schema(description = "Tegn's public keyset URL") String jwksUrl,
      @Schema(description = "Tegn's public keys (JWK Set)") Map<String, Object> jwks) {}

  private static final String PLATFORM_EXAMPLE =
      "{\"name\":\"Moodle (police school)\",\"issuer\":\"https://moodle.example\","
          + "\"clientId\":\"a1b2c3\",\"deploymentIds\":\"1\","
          + "\"jwksUrl\":\"https://moodle.example/mod/lti/certs.php\","
          + "\"authLoginUrl\":\"https://moodle.example/mod/lti/auth.php\","
          + "\"tokenUrl\":\"https://moodle.example/mod/lti/token.php\",\"organisationId\":2}";

  @Inject Registrations registrations;
  @Inject ToolKeys keys;
  @Context HttpServletRequest request;

  @GET
  @Path("tool")
  @Operation(
      summary = "Tegn's tool configuration",
      description =
          "The addresses and public keys to register Tegn in a platform (Moodle: Site"
              + " administration → Plugins → External tool → Manage tools). Roles: ADMIN.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The tool configuration.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ToolView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public ToolView tool() {
    registrations.list(); // checks the caller is an admin
    String base = ToolUrls.base(request);
    return new ToolView(
        base + ToolUrls.LOGIN,
        base + ToolUrls.LAUNCH,
        base + ToolUrls.JWKS,
        keys.publicKeys().toJSONObject(true));
  }

  @GET
  @Path("platforms")
  @Operation(
      summary = "List LTI platforms",
      description =
          "Platforms registered in the organisations the admin manages (a national admin: all)."
              + " Roles: ADMIN.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The platforms.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PlatformView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public List<PlatformView> list() {
    return registrations.list().stream().map(PlatformView::of).toList();
  }

  @GET
  @Path("platforms/{id}")
  @Operation(summary = "One LTI platform", description = "Roles: ADMIN of its organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The platform.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlatformView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public PlatformView platform(@PathParam("id") long id) {
    return PlatformView.of(registrations.platform(id));
  }

  @POST
  @Path("platforms")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register an LTI platform",
      description =
          "Registers a platform by the values its tool configuration shows: issuer (platform id),"
              + " the client id it gave Tegn, deployment ids (separated by commas or new lines),"
              + " its keyset, authentication and token URLs; people it launches get accounts in"
              + " the organisation. Roles: ADMIN of the organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlatformForm.class),
              examples = @ExampleObject(name = "moodle", value = PLATFORM_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Registered.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlatformView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response register(PlatformForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(PlatformView.of(registrations.register(form)))
        .build();
  }

  @PUT
  @Path("platforms/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an LTI platform",
      description =
          "Changes name, deployments, addresses and whether it is enabled; issuer, client id and"
              + " organisation stay as registered. Roles: ADMIN of its organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlatformForm.class)))
  @APIResponse(
      responseCode = "200",
      description = "Changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlatformView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public PlatformView change(@PathParam("id") long id, PlatformForm form) {
    return PlatformView.of(registrations.change(id, form));
  }

  @DELETE
  @Path("platforms/{id}")
  @Operation(
      summary = "Remove an LTI platform",
      description =
          "Its launches stop at once; accounts made for its people stay. Roles: ADMIN of its"
              + " organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(responseCode = "204", description = "Removed.")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(@PathParam("id") long id) {
    registrations.remove(id);
    return Response.noContent().build();
  }
}
