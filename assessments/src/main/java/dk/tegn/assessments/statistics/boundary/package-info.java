/** The statistics page of a quiz. */
package dk.tegn.assessments.statistics.boundary;
