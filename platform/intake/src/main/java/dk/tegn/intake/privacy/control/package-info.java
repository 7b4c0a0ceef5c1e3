/** Intake's privacy provider. */
package dk.tegn.intake.privacy.control;
