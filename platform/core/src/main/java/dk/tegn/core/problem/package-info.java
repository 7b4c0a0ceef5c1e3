/** Exceptions that become a clear answer: not found, rule violated. */
package dk.tegn.core.problem;
