/**
 * Referral form, indicator catalogue, routing, intake queues, encryption, audit and retention of
 * referral data.
 */
package dk.tegn.intake;
