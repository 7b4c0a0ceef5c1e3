package dk.tegn.web.coordination.boundary;

import dk.tegn.core.security.CurrentCaller;
import dk.tegn.web.coordination.control.CompletionReport;
import dk.tegn.web.coordination.control.Figures;
import dk.tegn.web.coordination.control.ReportFilter;
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

/**
 * {@code GET /api/coordination/completion?course=&cohort=&organisation=}: the dashboard's figures
 * as JSON, scoped like the dashboard (another organisation's id answers 403).
 */
@Path("coordination/completion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
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
