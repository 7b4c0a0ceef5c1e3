package dk.tegn.courses.certificate.control;

import dk.tegn.i18n.LocalizedText;
import java.time.Instant;

/**
 * What the public verify page shows: nothing beyond name, course and dates.
 *
 * @param organisationLanguage the holder organisation's default language, for the title fallback
 */
public record Verification(
    String holderName,
    LocalizedText courseTitle,
    String organisationLanguage,
    Instant issuedAt,
    Instant expiresAt,
    boolean valid) {}
