/** Exceptions that become a clear answer: not found, rule violated, too busy now. */
package dk.tegn.core.problem;
