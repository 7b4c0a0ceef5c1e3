/** Lists a team's queue for its officers; every listing is audited. */
package dk.tegn.intake.queue.control;
