/**
 * Data-subject rights in the WAR: a person downloads their data (/account/privacy.xhtml), an
 * administrator downloads or erases a person's data (/admin/person-data.xhtml) and reads the
 * records of processing and sets retention (/admin/privacy.xhtml); the daily retention run.
 */
package dk.tegn.web.privacy;
