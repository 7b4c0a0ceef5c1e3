/** Assignments, enrolment keys and the log of reminders sent. */
package dk.tegn.web.enrolment.entity;
