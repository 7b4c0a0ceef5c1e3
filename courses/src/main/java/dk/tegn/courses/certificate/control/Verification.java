package dk.tegn.courses.certificate.control;

import dk.tegn.i18n.LocalizedText;
import java.time.Instant;

/**
 * What the public verify page shows: the facts of the certificate's Open Badge (course, issuer,
 * dates, expiry, withdrawal) and the holder's name; nothing more.
 *
 * @param organisationLanguage the holder organisation's default language, for the title fallback
 * @param issuerName the organisation that owns the course, the badge's issuer
 * @param withdrawnAt when the certificate was withdrawn; null while it stands
 * @param withdrawalReason the published reason of a withdrawal
 * @param withdrawable whether the viewer may withdraw it (a coordinator of the holder's
 *     organisation)
 */
public record Verification(
    String code,
    String holderName,
    LocalizedText courseTitle,
    String organisationLanguage,
    String issuerName,
    Instant issuedAt,
    Instant expiresAt,
    boolean expired,
    Instant withdrawnAt,
    String withdrawalReason,
    boolean withdrawable) {

  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  public boolean valid() {
    return !withdrawn() && !expired;
  }

  /** valid, expired or withdrawn: the verdict the page states and styles. */
  public String status() {
    return withdrawn() ? "withdrawn" : expired ? "expired" : "valid";
  }
}
