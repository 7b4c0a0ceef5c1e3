/** Cohort management, CSV import, completion reports and spreadsheet export. */
package dk.tegn.coordination.coordinator.control;
