/** Flyway migrations of every module, run in dependency order at start. */
package dk.tegn.core.schema;
