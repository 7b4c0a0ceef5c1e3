/**
 * Platforms registered with Tegn: issuer, client id, deployment ids, the platform's JWKS, login and
 * token addresses, and the organisation its people belong to. Admin page and REST.
 */
package dk.tegn.lti.registration;
