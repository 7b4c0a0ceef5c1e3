package dk.tegn.courses.enrolment.boundary;

import dk.tegn.courses.content.control.ReaderLanguage;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.i18n.ContentLanguages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/me/courses}: the caller's enrolments with status, progress and due dates. */
@Path("me/courses")
@RequestScoped
@Tag(name = "Me", description = "The caller and their own courses.")
public class MyCoursesResource {

  @Inject Enrolments enrolments;
  @Inject ReaderLanguage reader;
  @Context HttpHeaders headers;

  /** One enrolment as JSON; the title is in the language the client asks for. */
  public record Line(
      long enrolmentId,
      long courseId,
      String title,
      int version,
      String status,
      int progress,
      LocalDate dueOn,
      Instant completedAt,
      Instant certificateExpiresAt,
      boolean mandatory) {}

  @Operation(
      summary = "My courses",
      description =
          "The caller's enrolments with status, progress, due date and certificate expiry; titles in the Accept-Language. Roles: any signed-in caller (their own only).")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The enrolments.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.ARRAY, implementation = Line.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Line> mine(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    String language =
        ContentLanguages.resolveUiLocale(null, headers.getAcceptableLanguages(), null)
            .getLanguage();
    return enrolments.mine(first, max).stream().map(c -> line(c, language)).toList();
  }

  private Line line(MyCourse c, String language) {
    return new Line(
        c.enrolmentId(),
        c.courseId(),
        c.title().resolve(language, reader.organisationDefault()),
        c.versionNumber(),
        c.status().name(),
        c.progressPercent(),
        c.dueOn(),
        c.completedAt(),
        c.expiresAt(),
        c.mandatory());
  }
}
