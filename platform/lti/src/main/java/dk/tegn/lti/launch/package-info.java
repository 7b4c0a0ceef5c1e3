/**
 * The launch: OIDC third-party login initiation, the signed id_token checked with Nimbus, the
 * person signed in and enrolled, the linked course or quiz opened.
 */
package dk.tegn.lti.launch;
