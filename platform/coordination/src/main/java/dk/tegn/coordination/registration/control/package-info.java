/** Registering, confirming, approving and rate limiting. */
package dk.tegn.coordination.registration.control;
