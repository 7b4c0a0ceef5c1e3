package dk.tegn.web.privacy.boundary;

import dk.tegn.core.privacy.control.DataSubjectRequests;
import dk.tegn.core.privacy.control.DataSubjectRequests.Export;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.web.privacy.control.DataArchive;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/personal-data} and {@code GET /api/personal-data/{accountId}}: the personal-data
 * archive over the API (GDPR art. 15 and 20): the caller's own, or, for an administrator, that of a
 * person of an organisation they administer. The same ZIP as the pages give: JSON per module and a
 * summary in Danish and English.
 */
@Path("personal-data")
@RequestScoped
@Tag(name = "Privacy", description = "Personal data: export (art. 15/20).")
public class PersonalDataResource {

  static final String ZIP = "application/zip";

  @Inject DataSubjectRequests requests;
  @Inject Erasures erasures;
  @Inject PlatformClock clock;

  @Operation(
      summary = "My data",
      description =
          "Everything Tegn holds about the caller, as a ZIP of JSON per module plus a readable"
              + " summary (Danish and English). Roles: any signed-in caller.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The archive.",
      content = @Content(mediaType = ZIP))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @GET
  @Produces(ZIP)
  public Response mine() {
    return archive(requests.mine());
  }

  @Operation(
      summary = "A person's data",
      description =
          "The archive of one person, for an administrator of the person's organisation (or a"
              + " national one); audited. Roles: ADMIN.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The archive.",
      content = @Content(mediaType = ZIP))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("{id}")
  @Produces(ZIP)
  public Response of(@PathParam("id") long accountId) {
    return archive(requests.exportFor(accountId));
  }

  private Response archive(Export export) {
    Instant now = clock.now();
    byte[] zip = DataArchive.zip(export, erasures.providers(), now);
    return Response.ok(zip, ZIP)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + DataArchive.fileName(export.person(), now) + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
