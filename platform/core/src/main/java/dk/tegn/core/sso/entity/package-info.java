/**
 * An organisation's OpenID Connect provider, its group mappings, and the subjects linked to
 * accounts.
 */
package dk.tegn.core.sso.entity;
