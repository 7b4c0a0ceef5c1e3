/** Start-up: the data source, schema migration before anything else. */
package dk.tegn.web.startup;
