package dk.tegn.core.apikey.control;

import dk.tegn.core.apikey.entity.ApiKey;
import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An API key as other modules and the REST API see it: never the secret or its hash, and no entity
 * crossing the module line.
 */
public record ApiKeyView(
    long id,
    @Schema(description = "The key's public part, also in the key after `tegn_`.") String publicId,
    String name,
    long organisationId,
    @Schema(enumeration = {"TRAINER", "COORDINATOR", "INTAKE_OFFICER", "ADMIN", "TRAINEE"})
        String role,
    @Schema(enumeration = {"ACTIVE", "REVOKED", "EXPIRED"}) String status,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt)
    implements Serializable {

  static ApiKeyView of(ApiKey k, Instant now) {
    return new ApiKeyView(
        k.getId(),
        k.getPublicId(),
        k.getName(),
        k.getOrganisationId(),
        k.getRole().name(),
        k.isRevoked() ? "REVOKED" : k.isExpired(now) ? "EXPIRED" : "ACTIVE",
        k.getCreatedAt(),
        k.getExpiresAt(),
        k.getRevokedAt(),
        k.getLastUsedAt());
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
