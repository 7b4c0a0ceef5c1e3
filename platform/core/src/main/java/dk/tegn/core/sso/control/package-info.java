/**
 * Administration of providers (caller checked), the sign-in flow against a provider, the sealing of
 * client secrets, and provisioning of the signed-in person.
 */
package dk.tegn.core.sso.control;
