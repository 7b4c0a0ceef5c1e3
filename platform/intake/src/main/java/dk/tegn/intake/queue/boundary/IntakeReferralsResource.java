package dk.tegn.intake.queue.boundary;

import dk.tegn.intake.queue.control.IntakeQueue;
import dk.tegn.intake.referral.control.ReferralCase;
import dk.tegn.intake.referral.entity.QueueRow;
import dk.tegn.intake.referral.entity.ReferralState;
import dk.tegn.intake.referral.entity.TransitionRequest;
import dk.tegn.intake.routing.entity.Team;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For intake officers and the centre's case system: {@code GET /api/intake/referrals?team=&state=}
 * (team by id or code; without it, every team of the caller), {@code GET
 * /api/intake/referrals/{id}} and {@code POST /api/intake/referrals/{id}/transitions}. Anyone but
 * an officer of the referral's team gets 403, and every read and refusal is audited by the
 * services. Answers are never cached.
 */
@Path("intake/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Intake",
    description =
        "Referrals in the intake queues, for the centre's officers and case system. Never cached.")
public class IntakeReferralsResource {

  private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

  @Inject IntakeQueue queue;
  @Inject ReferralCase cases;

  @Operation(
      summary = "Queue of referrals",
      description =
          "Referrals of one team (by id or code) or of every team of the caller, by priority, optionally in one state. Every read is audited. Roles: INTAKE_OFFICER of the team.")
  @Extension(name = "x-roles", value = "[\"INTAKE_OFFICER\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The queue rows.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.ARRAY, implementation = QueueRow.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  public Response list(
      @QueryParam("team") String team,
      @QueryParam("state") ReferralState state,
      @QueryParam("first") @DefaultValue("0") @Min(0) int first,
      @QueryParam("max") @DefaultValue("100") @Min(1) @Max(500) int max) {
    if (team != null) {
      return noStore(queue.queue(queue.teamId(team), state, first, max));
    }
    List<QueueRow> rows = new ArrayList<>();
    for (Team t : queue.myTeams()) {
      rows.addAll(queue.queue(t.getId(), state, first, max));
    }
    rows.sort(Comparator.comparing(QueueRow::priority).thenComparing(QueueRow::id));
    return noStore(rows.size() > max ? rows.subList(0, max) : rows);
  }

  @Operation(
      summary = "One referral",
      description =
          "The referral's details, decrypted for an officer of its team; the read is audited. Roles: INTAKE_OFFICER of the referral's team.")
  @Extension(name = "x-roles", value = "[\"INTAKE_OFFICER\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The referral.",
      content =
          @Content(
              mediaType = "application/json",
              schema =
                  @Schema(implementation = dk.tegn.intake.referral.entity.ReferralDetails.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @GET
  @Path("{id}")
  public Response details(@PathParam("id") long id) {
    return noStore(cases.details(id));
  }

  @Operation(
      summary = "Move a referral on",
      description =
          "Records the next state (triaged, assigned, in contact, outcome, closed) with who and when. A transition the current state does not allow answers 409. Roles: INTAKE_OFFICER of the referral's team.")
  @Extension(name = "x-roles", value = "[\"INTAKE_OFFICER\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The referral's queue row after the transition.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = QueueRow.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response transition(@PathParam("id") long id, TransitionRequest request) {
    return noStore(cases.transition(id, request));
  }

  private static Response noStore(Object entity) {
    return Response.ok(entity).cacheControl(NO_STORE).header("Pragma", "no-cache").build();
  }
}
