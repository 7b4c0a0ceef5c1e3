/** The nightly schedule of the retention job. */
package dk.tegn.intake.retention.boundary;
