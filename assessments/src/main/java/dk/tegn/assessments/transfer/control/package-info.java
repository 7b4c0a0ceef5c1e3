/** Reads, checks and writes bank files; a file with any problem imports nothing. */
package dk.tegn.assessments.transfer.control;
