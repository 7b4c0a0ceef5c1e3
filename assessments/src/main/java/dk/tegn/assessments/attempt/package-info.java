/**
 * Attempts at a quiz: starting (which fixes the questions and their order), saving each answer as
 * it is given, server-side deadlines and automatic submission, grading and the review a quiz
 * allows. {@link dk.tegn.assessments.attempt.AttemptGraded} is this module's public event.
 */
package dk.tegn.assessments.attempt;
