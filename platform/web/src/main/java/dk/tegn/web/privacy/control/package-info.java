/** The data archive (ZIP of JSON per module and a readable summary) and the retention run. */
package dk.tegn.web.privacy.control;
