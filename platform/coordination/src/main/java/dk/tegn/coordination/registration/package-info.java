/**
 * Self-registration for addresses of an organisation's e-mail domains: a confirmation link that
 * expires (its token kept only as a hash), optional approval by a coordinator, rate limits per
 * address and per client, and answers that never reveal whether an address has an account.
 */
package dk.tegn.coordination.registration;
