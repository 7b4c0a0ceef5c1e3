/**
 * Service accounts: API keys an administrator issues per organisation, with one role and an expiry,
 * so scripts call the API without a person's password.
 */
package dk.tegn.core.apikey;
