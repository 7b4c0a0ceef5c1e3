package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.AnswerSaves;
import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.control.Attempts;
import dk.tegn.assessments.attempt.control.SaveGate;
import dk.tegn.assessments.attempt.control.SubmitGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One attempt, for its owner only (403 otherwise). Answers are sent in the public option keys the
 * attempt shows: {@code {"keys": ["2"]}}, {@code {"matches": {"p1": "3"}}}, {@code {"number": 30}}
 * or {@code {"parts": {"s1": {...}}}}.
 *
 * <p>Application-scoped, with the request's headers as parameters: the answer save is the exam's
 * hot path, and a request-scoped resource was created and injected by CDI and Jersey on every
 * request (about a tenth of a save's CPU, ops/BENCHMARKS.md section 9).
 */
@Path("attempts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes", description = "Take a quiz: standing, attempts, answers, submission.")
public class AttemptsResource {

  /** Confirms a saved answer. */
  public record Saved(long attemptId, int slot, Instant savedAt) {}

  /** A question's flag "for review", as sent. */
  public record FlagState(boolean flagged) {}

  /** Confirms a question's flag "for review". */
  public record Flag(long attemptId, int slot, boolean flagged) {}

  @Inject Attempts attempts;
  @Inject AnswerSaves answers;
  @Inject SaveGate gate;
  @Inject SubmitGate submits;

  /** The attempt's state and, when review allows, its result. */
  @Operation(
      summary = "One attempt",
      description =
          "The attempt's state and, when the review rules allow, its result. Roles: the attempt's owner.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The attempt.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AttemptView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("{id}")
  public AttemptView attempt(@PathParam("id") long attemptId, @Context HttpHeaders headers) {
    return attempts.view(attemptId, Languages.of(headers));
  }

  /** Saves one answer; sending the same answer again changes nothing (idempotent). */
  @Operation(
      summary = "Save an answer",
      description =
          "Saves the answer to one slot, in the attempt's public option keys; the same answer again changes nothing. With ?sequence=n (the device's order of its answers, e.g. the milliseconds when it was given, rising) an answer older than the stored one is acknowledged and changes nothing: an app that kept answers offline sends them late without overwriting newer ones. After submission or time-out: 409. When too many saves wait at once, 503 with Retry-After after at most 5 s (nothing saved; send it again). Roles: the attempt's owner.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT),
              examples = {
                @ExampleObject(name = "choice", value = "{\"keys\":[\"2\"]}"),
                @ExampleObject(name = "matching", value = "{\"matches\":{\"p1\":\"3\"}}"),
                @ExampleObject(name = "number", value = "{\"number\":30}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "Saved.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Saved.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"attemptId\":41,\"slot\":2,\"savedAt\":\"2026-11-23T10:15:00Z\"}")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "503", ref = "Busy")
  @PUT
  @Path("{id}/answers/{slot}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Saved saveAnswer(
      @PathParam("id") long attemptId,
      @PathParam("slot") int slot,
      @Parameter(description = "The device's sequence number of this answer (optional, rising).")
          @QueryParam("sequence")
          Long sequence,
      JsonObject response) {
    return new Saved(
        attemptId, slot, gate.save(() -> answers.save(attemptId, slot, response, sequence)));
  }

  /** Flags a question for review or takes the flag away; the same again changes nothing. */
  @Operation(
      summary = "Flag a question for review",
      description =
          "Sets the flag \"for review\" of one slot of the attempt (as Moodle's flag), a note to come back to it before submitting: {\"flagged\": true} flags, {\"flagged\": false} takes the flag away; the question shows it as flagged in the attempt. The same again changes nothing. After submission or time-out: 409. Roles: the attempt's owner.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = FlagState.class),
              examples = @ExampleObject(name = "flag", value = "{\"flagged\":true}")))
  @APIResponse(
      responseCode = "200",
      description = "The flag as stored.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Flag.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value = "{\"attemptId\":41,\"slot\":2,\"flagged\":true}")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @PUT
  @Path("{id}/flags/{slot}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Flag flag(
      @PathParam("id") long attemptId, @PathParam("slot") int slot, @NotNull FlagState state) {
    attempts.flag(attemptId, slot, state.flagged());
    return new Flag(attemptId, slot, state.flagged());
  }

  /** Grades and closes the attempt; a second submit answers 409 and changes nothing. */
  @Operation(
      summary = "Submit an attempt",
      description =
          "Grades and closes the attempt; a second submit answers 409 and changes nothing. When too many submits run at once the submit is refused within about a second with 503 and Retry-After: nothing was submitted (the saved answers stay), submit again after the seconds in Retry-After. Roles: the attempt's owner.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The graded attempt.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AttemptView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @POST
  @Path("{id}/submit")
  public AttemptView submit(@PathParam("id") long attemptId, @Context HttpHeaders headers) {
    return submits.submit(() -> attempts.submit(attemptId, Languages.of(headers)));
  }
}
