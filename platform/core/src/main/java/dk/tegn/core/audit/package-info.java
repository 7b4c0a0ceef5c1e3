/** The audit log: who did what to which record, and how it ended. */
package dk.tegn.core.audit;
