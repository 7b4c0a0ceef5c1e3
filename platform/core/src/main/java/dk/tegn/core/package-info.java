/**
 * Shared kernel: organisations, accounts, roles, identity, audit, mail outbox, clock and schema
 * migrations. Knows no feature.
 */
package dk.tegn.core;
