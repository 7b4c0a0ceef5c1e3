package dk.tegn.courses.xapi.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.xapi.control.StatementReading;
import dk.tegn.courses.xapi.control.Statements;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/xapi/statements}: the xAPI statements resource, read-only, for Tegn's own statements
 * of one organisation. An analyst's tool pulls with {@code since}, {@code verb} and {@code
 * activity}, page by page through {@code more}, as from any LRS. Bad input gets a 400 JSON answer
 * and, like every refusal here, an audit line ({@link StatementsRefusalAudit}).
 */
@Path("xapi/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "xAPI",
    description = "Learning records (xAPI 1.0.3) of an organisation's trainees, and where they go.")
public class XapiStatementsResource {

  static final String VERSION_HEADER = "X-Experience-API-Version";

  private static final String EXAMPLE =
      "{\"statements\":[{\"id\":\"5a3d3f1e-6b0c-3c1e-9e0a-0b4f4a7c2d11\",\"actor\":{\"objectType\":"
          + "\"Agent\",\"account\":{\"homePage\":\"https://tegn.example.dk\",\"name\":"
          + "\"0f6e2b8c-3f0e-4a57-8f1e-2b7d9c4a1e55\"}},\"verb\":{\"id\":"
          + "\"http://adlnet.gov/expapi/verbs/passed\",\"display\":{\"en\":\"passed\",\"da\":"
          + "\"bestod\"}},\"object\":{\"objectType\":\"Activity\",\"id\":"
          + "\"https://tegn.example.dk/xapi/activities/quizzes/7\",\"definition\":{\"type\":"
          + "\"http://adlnet.gov/expapi/activities/assessment\"}},\"result\":{\"score\":{\"scaled\":"
          + "0.8,\"raw\":80,\"min\":0,\"max\":100},\"success\":true,\"completion\":true},"
          + "\"context\":{\"registration\":\"9b1f0c55-2f4e-3a8d-b1f5-5f0e8d7c6a21\",\"revision\":"
          + "\"2\",\"platform\":\"Tegn\"},\"timestamp\":\"2026-12-05T10:15:00Z\",\"version\":"
          + "\"1.0.3\",\"stored\":\"2026-12-05T10:15:00Z\"}],\"more\":"
          + "\"/api/xapi/statements?limit=1&after=42\"}";

  @Inject StatementReading reading;
  @Inject PlatformClock clock;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Read xAPI statements",
      description =
          "Tegn's statements about the trainees of one organisation (default: the caller's),"
              + " oldest first, as the xAPI 1.0.3 statements resource answers them: `{statements,"
              + " more}`, where `more` is the address of the next page (empty on the last)."
              + " Filters: `since` (stored at or after, ISO 8601), `verb` and `activity` (exact"
              + " IRIs); `statementId` returns that one statement. Statements about referrals do"
              + " not exist. Roles: COORDINATOR or ADMIN of the organisation (an API key of such"
              + " a service account works).")
  @Extension(name = "x-roles", value = "[\"COORDINATOR\",\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "A StatementResult, or one statement when `statementId` is given.",
      headers = @Header(name = VERSION_HEADER, description = "Always 1.0.3."),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "page", value = EXAMPLE)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response statements(
      @Parameter(description = "Organisation id; default the caller's") @QueryParam("organisation")
          Long organisation,
      @Parameter(
              description = "Stored at or after this instant (ISO 8601, e.g. 2026-12-01T00:00:00Z)")
          @QueryParam("since")
          String since,
      @Parameter(description = "Only statements with this verb IRI") @QueryParam("verb")
          String verb,
      @Parameter(description = "Only statements about this activity IRI") @QueryParam("activity")
          String activity,
      @Parameter(description = "At most this many (1..500; 0 means 500)")
          @QueryParam("limit")
          @DefaultValue("100")
          @Min(0)
          @Max(500)
          int limit,
      @Parameter(description = "Continue after this position (from `more`)")
          @QueryParam("after")
          @DefaultValue("0")
          @Min(0)
          long after,
      @Parameter(description = "One statement by its id") @QueryParam("statementId")
          String statementId) {
    String verbIri = iri("verb", verb);
    String activityIri = iri("activity", activity);
    long organisationId = reading.organisationOf(organisation);
    if (statementId != null) {
      return xapi(
          reading
              .one(organisationId, statementId)
              .orElseThrow(() -> new RecordNotFoundException("statement", statementId)));
    }
    StatementReading.Page page =
        reading.page(
            organisationId, instant(since), verbIri, activityIri, after, limit == 0 ? 500 : limit);
    JsonArrayBuilder statements = JSON.createArrayBuilder();
    page.statements().forEach(statements::add);
    JsonObjectBuilder result = JSON.createObjectBuilder().add("statements", statements);
    result.add("more", page.continueAfter() == null ? "" : more(page.continueAfter()));
    return xapi(result.build());
  }

  private Response xapi(Object entity) {
    return Response.ok(entity)
        .header(VERSION_HEADER, Statements.VERSION)
        .header("X-Experience-API-Consistent-Through", clock.now().toString())
        .build();
  }

  private String more(long continueAfter) {
    URI next = uri.getRequestUriBuilder().replaceQueryParam("after", continueAfter).build();
    return next.getRawPath() + "?" + next.getRawQuery();
  }

  private static Instant instant(String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(since.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("since is not an ISO 8601 instant");
    }
  }

  /** A filter IRI (absolute, as xAPI requires), null when not given; else 400. */
  private static String iri(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() <= 2048 && new URI(value.trim()).isAbsolute()) {
        return value.trim();
      }
    } catch (URISyntaxException e) {
      // falls through to the refusal
    }
    throw new BadRequestException(name + " is not an absolute IRI");
  }
}
