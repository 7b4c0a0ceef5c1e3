/**
 * The intake officers' side for people and case systems: the queue and referral pages, and {@code
 * /api/intake/referrals}.
 */
package dk.tegn.intake.queue.boundary;
