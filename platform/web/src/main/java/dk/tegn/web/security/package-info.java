/** Sign-in through the form or HTTP Basic, sessions, security headers. */
package dk.tegn.web.security;
