/**
 * Tegn's own LTI signing keys: generated with Nimbus, the private half sealed at rest with Tink,
 * the public half published as a JWKS.
 */
package dk.tegn.lti.key;
