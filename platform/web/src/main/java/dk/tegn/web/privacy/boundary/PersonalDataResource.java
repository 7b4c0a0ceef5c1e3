package dk.tegn.web.privacy.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.core.privacy.ErasureStatus;
import dk.tegn.core.privacy.control.DataSubjectRequests;
import dk.tegn.core.privacy.control.DataSubjectRequests.Export;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.web.privacy.control.DataArchive;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/personal-data} and {@code GET /api/personal-data/{accountId}}: the personal-data
 * archive over the API (GDPR art. 15 and 20): the caller's own, or, for an administrator, that of a
 * person of an organisation they administer. The same ZIP as the pages give: JSON per module and a
 * summary in Danish and English. {@code DELETE /api/personal-data/{accountId}} erases the person
 * (art. 17) for such an administrator, as the confirmation page does, and {@code GET
 * /api/personal-data/{accountId}/erasure} says where the erasure stands.
 */
@Path("personal-data")
@RequestScoped
@Tag(name = "Privacy", description = "Personal data: export (art. 15/20) and erasure (art. 17).")
public class PersonalDataResource {

  static final String ZIP = "application/zip";

  private static final String ERASURE_EXAMPLE =
      "{\"accountId\":42,\"modulesDone\":[\"assessments\",\"intake\",\"coordination\","
          + "\"courses\",\"core\"],\"complete\":true,\"completedAt\":\"2026-12-05T10:15:00Z\"}";

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

  @Operation(
      summary = "Erase a person",
      description =
          "Erases one person (GDPR art. 17) module by module, for an administrator of the"
              + " person's organisation (or a national one): learning records are anonymised so"
              + " that figures keep their counts, certificates are withdrawn, the account can no"
              + " longer sign in, and the audit log keeps that an erasure happened. Idempotent: an"
              + " erasure that stopped half-way is resumed, one that is done is answered again."
              + " Never the caller themself (409). Audited. Roles: ADMIN.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The erasure, done: which modules have erased their part, and when.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "erased", value = ERASURE_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @DELETE
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response erase(@PathParam("id") long accountId) {
    return Response.ok(json(requests.erase(accountId))).build();
  }

  @Operation(
      summary = "A person's erasure",
      description =
          "Where the person's erasure stands, for an administrator of the person's organisation"
              + " (or a national one); 404 when none was begun. Roles: ADMIN.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The erasure: which modules have erased their part, and when it completed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "erased", value = ERASURE_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("{id}/erasure")
  @Produces(MediaType.APPLICATION_JSON)
  public Response erasure(@PathParam("id") long accountId) {
    return Response.ok(
            json(
                requests
                    .erasureOf(accountId)
                    .orElseThrow(() -> new RecordNotFoundException("erasure", accountId))))
        .build();
  }

  private static String json(ErasureStatus erasure) {
    JsonArrayBuilder modules = JSON.createArrayBuilder();
    erasure.modulesDone().forEach(modules::add);
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("accountId", erasure.accountId())
            .add("modulesDone", modules)
            .add("complete", erasure.isComplete());
    if (erasure.completedAt() != null) {
      body.add("completedAt", erasure.completedAt().toString());
    }
    return body.build().toString();
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
