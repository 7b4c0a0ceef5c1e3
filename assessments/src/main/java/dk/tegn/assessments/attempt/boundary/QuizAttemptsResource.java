package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.Attempts;
import dk.tegn.assessments.attempt.control.QuizOverview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/quizzes/{id}}: the caller's standing on a quiz; {@code POST
 * /api/quizzes/{id}/attempts}: starts an attempt, or returns the one in progress (stamping the one
 * {@code PUT /api/quizzes/{id}/attempts/prepared} drew beforehand), answered with the stamp only
 * (the questions come with {@code GET /api/attempts/{id}}).
 *
 * <p>Application-scoped, with the request's headers as parameters (as {@link AttemptsResource}): at
 * an exam's signal a request-scoped resource was created and injected by CDI and Jersey on every
 * press and every refused retry. Nothing here holds the caller: {@link Attempts} and {@link
 * AttemptStarts} read the request's {@code CurrentCaller} through its proxy.
 */
@Path("quizzes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes", description = "Take a quiz: standing, attempts, answers, submission.")
public class QuizAttemptsResource {

  private static final String CONTEXT =
      "Where the quiz is taken: the id of the course holding it (its attempts are counted apart"
          + " from other courses'); 0 or absent: outside a course.";

  @Inject Attempts attempts;
  @Inject AttemptStarts starts;

  @Operation(
      summary = "Standing on a quiz",
      description =
          "The quiz's rules and the caller's attempts so far, in the Accept-Language. Roles: a caller who may take the quiz (enrolled, or of its organisation).")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The standing.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = QuizOverview.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("{id}")
  public QuizOverview overview(
      @PathParam("id") long quizId,
      @Parameter(description = CONTEXT) @QueryParam("context") @DefaultValue("0") long contextId,
      @Context HttpHeaders headers) {
    return attempts.overview(quizId, contextId, Languages.of(headers));
  }

  @Operation(
      summary = "Prepare the next attempt",
      description =
          "Draws the caller's next attempt now, before its start, so that the start (POST .../attempts) only stamps it and its time starts there: call it when the quiz is shown with its start, before the signal of an exam. Shows no question and counts as no attempt (limits, results) until started; nothing is done when an attempt is in progress or one is prepared already (also when called twice at once). An attempt prepared for a quiz changed since is drawn again. Refused as the start is: no attempts left or the quiz closed for good (409). Roles: a caller who may take the quiz.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(responseCode = "204", description = "Prepared, or nothing to prepare.")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @PUT
  @Path("{id}/attempts/prepared")
  public void prepare(
      @PathParam("id") long quizId,
      @Parameter(description = CONTEXT) @QueryParam("context") @DefaultValue("0") long contextId,
      @Context HttpHeaders headers) {
    starts.prepare(quizId, contextId, Languages.of(headers));
  }

  @Operation(
      summary = "Start or resume an attempt",
      description =
          "Starts an attempt, or returns the one in progress; refused when no attempts are left (409). Answers with the attempt's stamp only (id, number, state, startedAt, deadline, secondsLeft): read its questions and saved answers with GET /api/attempts/{id}. An attempt whose time ran out while the caller was away is submitted and answered with state SUBMITTED. A start the queue of starts cannot serve within 5 s answers 503 at once, with Retry-After: the seconds until the caller's place in line comes (1-60; the place is kept, so press start again after them, not sooner; a start that went through is resumed). Roles: a caller who may take the quiz.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The attempt started or resumed, without its questions.",
      content =
          @Content(
              mediaType = "application/json",
              schema =
                  @Schema(implementation = dk.tegn.assessments.attempt.control.AttemptStamp.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "503", ref = "Busy")
  @POST
  @Path("{id}/attempts")
  public void startOrResume(
      @PathParam("id") long quizId,
      @Parameter(description = CONTEXT) @QueryParam("context") @DefaultValue("0") long contextId,
      @Context HttpHeaders headers,
      @Suspended AsyncResponse response) {
    starts.start(quizId, contextId, Languages.of(headers), response);
  }
}
