package dk.tegn.courses.certificate;

import java.time.Instant;

/**
 * Raised (as a CDI event) once per enrolment, when its certificate is issued. Ids and dates only.
 *
 * @param learnerId the holder's account id
 * @param courseId the course completed
 * @param enrolmentId the enrolment completed
 * @param versionNumber the version completed
 * @param certificateId the certificate
 * @param issuedAt when it was issued
 * @param expiresAt when it stops being valid; null when it never does
 */
public record CertificateIssued(
    long learnerId,
    long courseId,
    long enrolmentId,
    int versionNumber,
    long certificateId,
    Instant issuedAt,
    Instant expiresAt) {}
