/** LTI platform registrations: control. */
package dk.tegn.lti.registration.control;
