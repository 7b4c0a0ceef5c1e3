/** Account and role grant entities, with the lock-out rule. */
package dk.tegn.core.account.entity;
