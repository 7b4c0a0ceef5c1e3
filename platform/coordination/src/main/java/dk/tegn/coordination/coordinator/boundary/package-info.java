/**
 * Coordinator pages (dashboard, cohorts, settings), the completion REST resource, the coordination
 * menu entries, the demo cohorts and the formatter that shows instants in an organisation's time
 * zone ({@code dates}).
 */
package dk.tegn.coordination.coordinator.boundary;
