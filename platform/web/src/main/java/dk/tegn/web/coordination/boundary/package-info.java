/** Coordinator pages, the completion REST resource and the admin outbox page. */
package dk.tegn.web.coordination.boundary;
