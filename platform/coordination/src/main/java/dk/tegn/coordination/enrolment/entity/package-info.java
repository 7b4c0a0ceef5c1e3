/** Assignments, enrolment keys and the log of reminders sent. */
package dk.tegn.coordination.enrolment.entity;
