package dk.tegn.assessments.attempt.boundary;

import dk.tegn.assessments.attempt.control.Attempts;
import dk.tegn.assessments.attempt.control.QuizOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/quizzes/{id}}: the caller's standing on a quiz; {@code POST
 * /api/quizzes/{id}/attempts}: starts an attempt, or returns the one in progress.
 */
@Path("quizzes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuizAttemptsResource {

  @Inject Attempts attempts;
  @Inject AttemptStarts starts;
  @Context HttpHeaders headers;

  @GET
  @Path("{id}")
  public QuizOverview overview(@PathParam("id") long quizId) {
    return attempts.overview(quizId, Languages.of(headers));
  }

  @POST
  @Path("{id}/attempts")
  public void startOrResume(@PathParam("id") long quizId, @Suspended AsyncResponse response) {
    starts.start(quizId, Languages.of(headers), response);
  }
}
