/** The scheduled daily run of reminders and recertification. */
package dk.tegn.coordination.enrolment.boundary;
