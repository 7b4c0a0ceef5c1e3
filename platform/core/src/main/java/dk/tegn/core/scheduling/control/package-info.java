/** Taking and renewing a job's lease with one conditional update. */
package dk.tegn.core.scheduling.control;
