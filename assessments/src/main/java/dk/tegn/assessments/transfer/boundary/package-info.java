/** The trainer page for importing and exporting bank files. */
package dk.tegn.assessments.transfer.boundary;
