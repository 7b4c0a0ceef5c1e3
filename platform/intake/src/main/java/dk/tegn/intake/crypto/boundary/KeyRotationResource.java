package dk.tegn.intake.crypto.boundary;

import dk.tegn.intake.crypto.control.KeyRing;
import dk.tegn.intake.referral.control.IntakeAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/intake/keys/rotation}: an admin of the centre adds a new primary key to the
 * referral keyset (kept in the keyset file; a keyset given in configuration answers 409 and is
 * rotated where it is kept). New details are sealed under the new key at once; the re-encryption
 * schedule moves older ciphertexts to it. Every rotation and refusal is audited; the answer names
 * the key id, never key material.
 */
@Path("intake/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Intake",
    description =
        "Referrals in the intake queues, for the centre's officers and case system. Never cached.")
public class KeyRotationResource {

  static final String ACTION = "intake.keys.rotate";
  static final String KEYSET = "itk_keyset";

  @Inject IntakeAccess access;
  @Inject KeyRing keys;

  /** The reply: the id of the new primary key, as stored with each ciphertext. */
  public record Rotated(long primaryKeyId) {}

  @Operation(
      summary = "Rotate the referral key",
      description =
          "Adds a new primary key to the referral keyset; older ciphertexts move to it on schedule. A keyset given in configuration answers 409. Audited. Roles: ADMIN of a national organisation.")
  @Extension(name = "x-roles", value = "[\"ADMIN\"]", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "The new primary key's id (never key material).",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Rotated.class),
              examples = @ExampleObject(name = "example", value = "{\"primaryKeyId\":1845123311}")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @POST
  @Path("rotation")
  public Rotated rotate() {
    access.requireNationalAdmin(ACTION);
    long primary = keys.rotate();
    access.allowed(ACTION, KEYSET, primary);
    return new Rotated(primary);
  }
}
