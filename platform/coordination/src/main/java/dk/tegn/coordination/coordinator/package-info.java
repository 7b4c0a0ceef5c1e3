/**
 * The coordinator's work: cohorts of an organisation's people, the coordinator dashboard with
 * completion figures from counters (or aggregated in SQL for a date range), its exports and REST
 * view, and per-organisation settings. Every query that returns people is scoped to the
 * organisations the caller coordinates.
 */
package dk.tegn.coordination.coordinator;
