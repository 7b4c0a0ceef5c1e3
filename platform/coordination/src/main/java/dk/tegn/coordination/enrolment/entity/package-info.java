/**
 * Assignments, enrolment keys, the log of reminders sent and organisations' own reminder wording.
 */
package dk.tegn.coordination.enrolment.entity;
