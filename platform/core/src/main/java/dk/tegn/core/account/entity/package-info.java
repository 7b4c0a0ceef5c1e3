/**
 * Account and role grant entities, with the lock-out rule, and the listener that tells of their
 * changes.
 */
package dk.tegn.core.account.entity;
