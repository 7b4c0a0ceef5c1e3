/**
 * Taking a quiz: start or resume, save each answer, submit, automatic submission when time runs
 * out, and what review shows.
 */
package dk.tegn.assessments.attempt.control;
