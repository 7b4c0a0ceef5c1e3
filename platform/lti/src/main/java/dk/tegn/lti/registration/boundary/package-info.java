/** LTI platform registrations: boundary. */
package dk.tegn.lti.registration.boundary;
