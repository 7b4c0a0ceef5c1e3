package dk.tegn.web.api;

import dk.tegn.core.account.control.OwnAccount;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/me}: the caller's account, organisation and roles. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller and their own courses.")
public class MeResource {

  /** One role held in one organisation. */
  public record RoleView(String role, long organisationId, String organisationCode) {}

  /** The caller as the API shows it. */
  public record MeView(
      long id,
      String username,
      String displayName,
      String email,
      String language,
      long organisationId,
      String organisationCode,
      String organisationName,
      List<RoleView> roles) {}

  @Inject OwnAccount ownAccount;
  @Inject CurrentCaller caller;

  @Operation(
      summary = "The caller",
      description =
          "The caller's account, organisation and roles (for a key: its service account). Roles: any signed-in caller.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The caller.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MeView.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"id\":7,\"username\":\"trainee\",\"displayName\":\"Tina Kursist\",\"email\":\"trainee@demo.tegn.dk\",\"language\":\"da\",\"organisationId\":2,\"organisationCode\":\"police-school\",\"organisationName\":\"Politiskolen\",\"roles\":[{\"role\":\"TRAINEE\",\"organisationId\":2,\"organisationCode\":\"police-school\"}]}")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @GET
  public MeView me() {
    Account a = ownAccount.current();
    List<RoleView> roles =
        a.getGrants().stream()
            .map(
                g ->
                    new RoleView(
                        g.getRole().name(),
                        g.getOrganisation().getId(),
                        g.getOrganisation().getCode()))
            .sorted(Comparator.comparing(RoleView::role).thenComparing(RoleView::organisationId))
            .toList();
    return new MeView(
        a.getId(),
        a.getUsername(),
        a.getDisplayName(),
        a.getEmail(),
        a.getLocale(),
        a.getOrganisation().getId(),
        a.getOrganisation().getCode(),
        a.getOrganisation().getName(),
        roles);
  }
}
