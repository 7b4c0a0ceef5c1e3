/**
 * Coordinator pages, the completion REST resource, the admin outbox page and the formatter that
 * shows instants in an organisation's time zone ({@code dates}).
 */
package dk.tegn.coordination.coordinator.boundary;
