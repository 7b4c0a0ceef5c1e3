/** Writing audit entries in their own transaction, and searching them for administrators. */
package dk.tegn.core.audit.control;
