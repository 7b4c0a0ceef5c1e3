/** Issuing, listing, revoking and checking API keys. */
package dk.tegn.core.apikey.control;
