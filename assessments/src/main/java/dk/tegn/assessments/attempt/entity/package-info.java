/**
 * Attempts, their fixed slots and the saved answers; the attempt guards answering and submitting.
 */
package dk.tegn.assessments.attempt.entity;
