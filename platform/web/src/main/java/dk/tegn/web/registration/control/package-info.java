/** Registering, confirming, approving and rate limiting. */
package dk.tegn.web.registration.control;
