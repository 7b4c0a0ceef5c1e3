/** The audit entry entity. */
package dk.tegn.core.audit.entity;
