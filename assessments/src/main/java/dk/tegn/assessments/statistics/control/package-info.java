/** Computes quiz statistics from graded attempts. */
package dk.tegn.assessments.statistics.control;
