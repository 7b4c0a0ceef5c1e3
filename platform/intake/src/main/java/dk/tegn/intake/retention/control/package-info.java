/** Finds and strips referrals past retention. */
package dk.tegn.intake.retention.control;
