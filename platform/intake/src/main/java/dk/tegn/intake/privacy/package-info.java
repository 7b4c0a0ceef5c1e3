/**
 * What intake holds about people: referrers (whose referral, status only), intake officers (teams,
 * on call, case handling) and victims (the encrypted case, which belongs to the centre and is never
 * exported to the referrer).
 */
package dk.tegn.intake.privacy;
