/**
 * Coordination: cohorts of an organisation's people, the coordinator dashboard with completion
 * figures aggregated in SQL, its exports and REST view, and the admin outbox page. Every query that
 * returns people is scoped to the organisations the caller coordinates.
 */
package dk.tegn.coordination.coordinator;
