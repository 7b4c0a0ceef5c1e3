/**
 * Scheduled jobs in a cluster: every instance fires its timers, and a lease per job lets only one
 * of them do the work each time.
 */
package dk.tegn.core.scheduling;
