/** Assigning, syncing, recertifying, self-enrolling by key and reminding. */
package dk.tegn.web.enrolment.control;
