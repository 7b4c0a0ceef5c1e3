/** Reads the case library and screens a case with the referral form's rule. */
package dk.tegn.intake.cases.control;
