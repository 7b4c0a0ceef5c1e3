/** LTI launches: boundary. */
package dk.tegn.lti.launch.boundary;
