/** Administration of accounts and roles within organisations, and the mail outbox page. */
package dk.tegn.web.admin;
