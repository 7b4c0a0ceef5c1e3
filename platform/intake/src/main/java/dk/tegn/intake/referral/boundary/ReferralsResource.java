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

/**
 * {@code POST /api/referrals}: any signed-in account refers a case, with the same validation as the
 * form (400 naming each bad field). 201 with the reference; a repeat with the same idempotency key
 * answers 200 with the same reference and stores nothing.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

  @Inject ReferralSubmitter submitter;

  /** The reply: the reference to quote, and the status the referrer can follow. */
  public record Receipt(String reference, ReferrerStatus status) {}

  @POST
  public Response submit(ReferralForm form) {
    Submitted submitted = submitter.submit(form);
    return Response.status(submitted.repeated() ? Response.Status.OK : Response.Status.CREATED)
        .entity(new Receipt(submitted.reference(), ReferrerStatus.RECEIVED))
        .build();
  }
}
