/**
 * The referral: submission from the form or the API (one transaction, idempotent), consent and what
 * may be kept, the intake state machine, and who may read what.
 */
package dk.tegn.intake.referral;
