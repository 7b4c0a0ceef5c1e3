/**
 * Aggregate statistics of referrals for the centre's coordinators, the basis of its yearly report:
 * counts per month, exploitation form, gender, age category, nationality, referring profession and
 * outcome, with small cells suppressed so that no one can be singled out. CSV export.
 */
package dk.tegn.intake.statistics;
