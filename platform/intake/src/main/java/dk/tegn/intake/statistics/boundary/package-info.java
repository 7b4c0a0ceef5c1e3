/** The statistics page for the centre's coordinators and its CSV export. */
package dk.tegn.intake.statistics.boundary;
