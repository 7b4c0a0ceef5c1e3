/** The administrator's audit-log viewer: who did what to which record, and how it ended. */
package dk.tegn.web.audit;
