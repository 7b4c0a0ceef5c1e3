/** The public registration pages and the course enrolment-key page. */
package dk.tegn.web.registration.boundary;
