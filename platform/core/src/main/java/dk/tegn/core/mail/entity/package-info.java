/** The outbox message entity with its back-off rule. */
package dk.tegn.core.mail.entity;
