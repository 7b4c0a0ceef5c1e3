/** The trainer page for importing and exporting bank files, and POST /api/banks for scripts. */
package dk.tegn.assessments.transfer.boundary;
