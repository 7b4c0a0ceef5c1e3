/** The referral form (Faces) and {@code POST /api/referrals}, and the referrer's status page. */
package dk.tegn.intake.referral.boundary;
