/** Queueing, delivering and sending mail. */
package dk.tegn.core.mail.control;
