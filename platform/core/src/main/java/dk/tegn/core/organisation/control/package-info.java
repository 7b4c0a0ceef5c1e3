/** Managing organisations: listing, creating, renaming and their default language, audited. */
package dk.tegn.core.organisation.control;
