/** Assigning, syncing, recertifying, self-enrolling by key and reminding. */
package dk.tegn.coordination.enrolment.control;
