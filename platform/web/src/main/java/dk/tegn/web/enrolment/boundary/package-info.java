/** The scheduled daily run of reminders and recertification. */
package dk.tegn.web.enrolment.boundary;
