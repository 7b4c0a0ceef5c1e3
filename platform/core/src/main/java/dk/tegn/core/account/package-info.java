/** Accounts and the roles they hold within organisations. */
package dk.tegn.core.account;
