/**
 * The indicator catalogue: one versioned, translatable data set of the ILO/EC operational
 * indicators (dimensions, weights per profile, UNODC context tags), read by the referral form and
 * by the courses that teach the signs, and the screening rule that turns answers into a signal.
 */
package dk.tegn.intake.catalogue;
