/** An organisation's LRS settings, the outbox of statements, and trainees' pseudonyms. */
package dk.tegn.courses.xapi.entity;
