/** The referral aggregate, its transitions and the values it is made of. */
package dk.tegn.intake.referral.entity;
