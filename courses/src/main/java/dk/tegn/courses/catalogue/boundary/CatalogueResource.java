package dk.tegn.courses.catalogue.boundary;

import dk.tegn.courses.catalogue.control.Catalogue;
import dk.tegn.courses.catalogue.control.CatalogueEntry;
import dk.tegn.courses.content.control.ReaderLanguage;
import dk.tegn.i18n.ContentLanguages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/catalogue}: the courses offered to the caller; {@code POST
 * /api/catalogue/{courseId}/enrolment}: self-enrolment in one of them.
 */
@Path("catalogue")
@RequestScoped
@Tag(name = "Me", description = "The caller and their own courses.")
public class CatalogueResource {

  @Inject Catalogue catalogue;
  @Inject ReaderLanguage reader;
  @Context HttpHeaders headers;

  /** One offered course as JSON, its texts in the language the client asks for. */
  public record Offer(
      long courseId,
      String title,
      String summary,
      List<String> audiences,
      List<String> languages,
      int estimatedMinutes,
      boolean mandatory,
      @Schema(description = "Months the certificate is valid; null when it never expires.")
          Integer certificateValidityMonths,
      boolean selfEnrolment,
      boolean enrolled) {}

  /** The caller's enrolment after self-enrolment. */
  public record Enrolled(long enrolmentId, long courseId) {}

  @Operation(
      summary = "Course catalogue",
      description =
          "The published courses offered to the caller (of their own organisation and of the national organisations), newest first, with audiences, languages, estimated minutes, certificate validity, whether self-enrolment is open and whether the caller is enrolled; texts in the Accept-Language. Roles: any signed-in caller.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The offered courses.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.ARRAY, implementation = Offer.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Offer> offered() {
    String language =
        ContentLanguages.resolveUiLocale(null, headers.getAcceptableLanguages(), null)
            .getLanguage();
    String fallback = reader.organisationDefault();
    return catalogue.offered().stream().map(c -> offer(c, language, fallback)).toList();
  }

  @Operation(
      summary = "Enrol myself in a course",
      description =
          "Enrols the caller in a course offered to them whose trainer allows self-enrolment. Idempotent: enrolling again answers the same enrolment. Audited. Roles: any signed-in caller, for themselves only.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "Enrolled (now or before).",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Enrolled.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @POST
  @Path("{courseId}/enrolment")
  @Produces(MediaType.APPLICATION_JSON)
  public Enrolled enrol(@PathParam("courseId") long courseId) {
    return new Enrolled(catalogue.enrol(courseId), courseId);
  }

  private static Offer offer(CatalogueEntry c, String language, String fallback) {
    return new Offer(
        c.courseId(),
        c.title().resolve(language, fallback),
        c.summary().resolve(language, fallback),
        c.audiences().stream().map(Enum::name).sorted().toList(),
        c.languages(),
        c.estimatedMinutes(),
        c.mandatory(),
        c.certificateValidityMonths(),
        c.selfEnrolment(),
        c.enrolled());
  }
}
