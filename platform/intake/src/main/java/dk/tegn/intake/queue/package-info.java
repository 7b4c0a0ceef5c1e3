/** The intake queues: a team's referrals, acute and urgent first, then oldest. */
package dk.tegn.intake.queue;
