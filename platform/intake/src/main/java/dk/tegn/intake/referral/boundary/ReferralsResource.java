package dk.tegn.intake.referral.boundary;

import dk.tegn.intake.referral.control.ReferralSubmitter;
import dk.tegn.intake.referral.entity.ReferralForm;
import dk.tegn.intake.referral.entity.ReferrerStatus;
import dk.tegn.intake.referral.entity.Submitted;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/referrals}: any signed-in account refers a case, with the same validation as the
 * form (400 naming each bad field). 201 with the reference; a repeat with the same idempotency key
 * answers 200 with the same reference and stores nothing.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Refer a case, as the form does.")
public class ReferralsResource {

  @Inject ReferralSubmitter submitter;

  /** The reply: the reference to quote, and the status the referrer can follow. */
  public record Receipt(String reference, ReferrerStatus status) {}

  @Operation(
      summary = "Refer a case",
      description =
          "Validated like the form (400 naming each field). 201 with the reference; a repeat with the same idempotency key answers 200 with the same reference and stores nothing. Roles: any signed-in caller.")
  @Extension(name = "x-roles", value = "[\"SIGNED_IN\"]", parseValue = true)
  @APIResponse(
      responseCode = "201",
      description = "Referred.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Receipt.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value = "{\"reference\":\"R-7K2M-9QXD\",\"status\":\"RECEIVED\"}")))
  @APIResponse(
      responseCode = "200",
      description = "A repeat: the first referral's receipt.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Receipt.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @POST
  public Response submit(ReferralForm form) {
    Submitted submitted = submitter.submit(form);
    return Response.status(submitted.repeated() ? Response.Status.OK : Response.Status.CREATED)
        .entity(new Receipt(submitted.reference(), ReferrerStatus.RECEIVED))
        .build();
  }
}
