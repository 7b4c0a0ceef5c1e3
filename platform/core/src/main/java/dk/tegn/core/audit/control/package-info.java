/** Writing audit entries in their own transaction. */
package dk.tegn.core.audit.control;
