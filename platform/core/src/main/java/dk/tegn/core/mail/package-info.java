/** The mail outbox: mail is queued in the sender's transaction and delivered with retries. */
package dk.tegn.core.mail;
