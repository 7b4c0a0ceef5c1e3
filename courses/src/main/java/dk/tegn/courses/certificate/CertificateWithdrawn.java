package dk.tegn.courses.certificate;

/**
 * Raised (as a CDI event) when a coordinator withdraws a certificate. Id only.
 *
 * @param certificateId the withdrawn certificate
 */
public record CertificateWithdrawn(long certificateId) {}
