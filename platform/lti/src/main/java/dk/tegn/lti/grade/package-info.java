/**
 * Assignment and Grade Services: scores of launched trainees go to the platform's grade book
 * through a durable outbox, with a token got by a signed client assertion.
 */
package dk.tegn.lti.grade;
