package dk.tegn.courses.certificate.control;

import dk.tegn.i18n.LocalizedText;
import java.time.Instant;

/**
 * One of the caller's certificates as "My certificates" lists it.
 *
 * @param state what the holder can do with it: show it (VALID), renew it soon (EXPIRING: within the
 *     warning window of the trainee's home, {@code WhatNext.EXPIRY_WARNING}), renew it (EXPIRED),
 *     or nothing (WITHDRAWN)
 */
public record MyCertificate(
    long enrolmentId,
    long courseId,
    LocalizedText courseTitle,
    String code,
    Instant issuedAt,
    Instant expiresAt,
    State state,
    String withdrawalReason) {

  /** In the order a holder cares about them. */
  public enum State {
    VALID,
    EXPIRING,
    EXPIRED,
    WITHDRAWN
  }

  /** An expired or soon expiring certificate points to its course. */
  public boolean renewable() {
    return state == State.EXPIRING || state == State.EXPIRED;
  }
}
