/**
 * The case library: worked cases as data (resources dk/tegn/intake/cases, format in its README),
 * each with the level its author expects, screened by the rule the referral form uses.
 */
package dk.tegn.intake.cases;
