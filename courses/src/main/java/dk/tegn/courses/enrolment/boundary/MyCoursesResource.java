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

/** {@code GET /api/me/courses}: the caller's enrolments with status, progress and due dates. */
@Path("me/courses")
@RequestScoped
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
