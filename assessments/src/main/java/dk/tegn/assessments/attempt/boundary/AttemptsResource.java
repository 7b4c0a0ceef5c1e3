package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.control.Attempts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * One attempt, for its owner only (403 otherwise). Answers are sent in the public option keys the
 * attempt shows: {@code {"keys": ["2"]}}, {@code {"matches": {"p1": "3"}}}, {@code {"number": 30}}
 * or {@code {"parts": {"s1": {...}}}}.
 */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttemptsResource {

  /** Confirms a saved answer. */
  public record Saved(long attemptId, int slot, Instant savedAt) {}

  @Inject Attempts attempts;
  @Context HttpHeaders headers;

  /** The attempt's state and, when review allows, its result. */
  @GET
  @Path("{id}")
  public AttemptView attempt(@PathParam("id") long attemptId) {
    return attempts.view(attemptId, Languages.of(headers));
  }

  /** Saves one answer; sending the same answer again changes nothing (idempotent). */
  @PUT
  @Path("{id}/answers/{slot}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Saved saveAnswer(
      @PathParam("id") long attemptId, @PathParam("slot") int slot, JsonObject response) {
    return new Saved(attemptId, slot, attempts.saveAnswer(attemptId, slot, response));
  }

  /** Grades and closes the attempt; a second submit answers 409 and changes nothing. */
  @POST
  @Path("{id}/submit")
  public AttemptView submit(@PathParam("id") long attemptId) {
    return attempts.submit(attemptId, Languages.of(headers));
  }
}
