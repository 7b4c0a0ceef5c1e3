/** Use cases of a referral: submit, read with audit, move through intake. */
package dk.tegn.intake.referral.control;
