/** Building statements from events, the outbox, the LRS client and the sender with back-off. */
package dk.tegn.courses.xapi.control;
