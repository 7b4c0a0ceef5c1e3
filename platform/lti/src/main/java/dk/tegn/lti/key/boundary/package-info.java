/** Tegn's LTI keys: boundary. */
package dk.tegn.lti.key.boundary;
