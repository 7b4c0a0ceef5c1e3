/** The audit entry entity, and the line an administrator reads. */
package dk.tegn.core.audit.entity;
