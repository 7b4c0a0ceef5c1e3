package dk.tegn.web.sso.boundary;

import dk.tegn.core.sso.control.SsoProviders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
 * {@code /api/admin/sso-providers}: what the single sign-on admin page does, for scripts of an
 * administrator. The client secret can be set, never read.
 */
@Path("admin/sso-providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Single sign-on",
    description = "OpenID Connect providers of organisations: configure, list, remove.")
public class SsoProvidersResource {

  @Inject SsoProviders providers;

  @GET
  @Operation(
      summary = "List single sign-on providers",
      description =
          "The providers of every organisation the admin manages. Roles: ADMIN (a national"
              + " admin: of any organisation).")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The providers.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = SsoProviders.Configured.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public List<SsoProviders.Configured> list() {
    return providers.list();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a single sign-on provider",
      description = "Roles: ADMIN of the provider's organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The provider.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SsoProviders.Configured.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public SsoProviders.Configured read(@PathParam("id") long id) {
    return providers.provider(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Configure an organisation's single sign-on",
      description =
          "Creates the organisation's OpenID Connect provider or replaces its settings and group"
              + " mappings. `issuer` is the provider's issuer URL (its discovery document is at"
              + " `<issuer>/.well-known/openid-configuration`); Tegn's redirect URI to register at"
              + " the provider is `<Tegn>/sso/callback`. A blank `clientSecret` keeps the stored"
              + " one; it is kept encrypted. A mapping gives the people of a group a role in the"
              + " organisation and/or a cohort (by id). An e-mail domain belongs to one"
              + " organisation only (409). Roles: ADMIN of the organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SsoProviders.ProviderForm.class),
              examples =
                  @ExampleObject(
                      name = "keycloak",
                      value =
                          "{\"organisationId\":2,\"issuer\":\"https://login.politi.example/realms/"
                              + "politi\",\"clientId\":\"tegn\",\"clientSecret\":\"...\","
                              + "\"scopes\":\"openid profile email\",\"usernameClaim\":"
                              + "\"preferred_username\",\"emailClaim\":\"email\",\"nameClaim\":"
                              + "\"name\",\"groupsClaim\":\"groups\",\"emailDomains\":"
                              + "[\"politi.example\"],\"enabled\":true,\"mappings\":[{\"group\":"
                              + "\"kadetter\",\"role\":\"TRAINEE\",\"cohortId\":4},{\"group\":"
                              + "\"undervisere\",\"role\":\"TRAINER\",\"cohortId\":null}]}")))
  @APIResponse(
      responseCode = "200",
      description = "The provider as saved.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SsoProviders.Configured.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public SsoProviders.Configured save(SsoProviders.ProviderForm form) {
    return providers.save(form);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Remove a single sign-on provider",
      description =
          "The organisation's people keep their accounts and sign in by password from now on"
              + " (an administrator sets one). Roles: ADMIN of the provider's organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(responseCode = "204", description = "Removed.")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(@PathParam("id") long id) {
    providers.remove(id);
    return Response.noContent().build();
  }
}
