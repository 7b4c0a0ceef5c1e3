/** Applies the screening rule to a catalogue and a referral's answers. */
package dk.tegn.intake.catalogue.control;
