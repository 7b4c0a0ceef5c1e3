/** The public registration pages and the course enrolment-key page. */
package dk.tegn.coordination.registration.boundary;
