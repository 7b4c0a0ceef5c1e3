/** Counting from the plain statistics columns, suppression, CSV. */
package dk.tegn.intake.statistics.control;
