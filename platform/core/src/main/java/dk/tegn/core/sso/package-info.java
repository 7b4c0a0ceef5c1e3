/**
 * Single sign-on with OpenID Connect: an organisation's provider (issuer, client, claims, group
 * mappings, e-mail domains for discovery), the authorization code flow with PKCE, state and nonce,
 * the checks of the ID token (signature by the provider's JWKS, issuer, audience, expiry, nonce) by
 * the Nimbus OAuth 2.0 / OpenID Connect SDK, and just-in-time accounts through the account
 * directory.
 */
package dk.tegn.core.sso;
