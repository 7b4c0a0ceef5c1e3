package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.coordination.coordinator.control.CompletionReport;
import dk.tegn.coordination.coordinator.control.Figures;
import dk.tegn.coordination.coordinator.control.ReportFilter;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/coordination/completion?course=&cohort=&organisation=}: the dashboard's figures
 * as JSON, scoped like the dashboard (another organisation's id answers 403).
 */
@Path("coordination/completion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination", description = "Completion figures of an organisation's people.")
public class CompletionResource {

  /** The figures of one request. */
  public record Completion(
      List<Figures> perCourse,
      List<Figures> perCohort,
      List<Figures.Day> overTime,
      List<Figures.Quiz> quizzes,
      Figures.Expiring expiring) {}

  @Inject CompletionReport report;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;

  @Operation(
      summary = "Completion figures",
      description =
          "The dashboard's figures per course, per cohort, over time, per quiz and of expiring certificates, filtered by course, cohort and organisation. Titles are in the Accept-Language. Roles: COORDINATOR of the organisation (national: any); another organisation's id answers 403.")
  @Extension(name = "x-roles", value = "[\"COORDINATOR\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The figures.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Completion.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  public Completion completion(
      @QueryParam("course") Long course,
      @QueryParam("cohort") Long cohort,
      @QueryParam("organisation") Long organisation) {
    ReportFilter filter = ReportFilter.of(organisation, course, cohort);
    List<Locale> languages = headers.getAcceptableLanguages();
    String language =
        languages.isEmpty() || languages.get(0).getLanguage().isEmpty()
            ? "da"
            : languages.get(0).getLanguage();
    return new Completion(
        report.perCourse(filter, language),
        report.perCohort(filter, language),
        report.overTime(filter),
        report.quizzes(filter, language),
        report.expiring(filter));
  }
}
