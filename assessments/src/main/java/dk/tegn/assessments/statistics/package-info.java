/**
 * Aggregate statistics of a quiz and its questions (facility, discrimination, score distribution,
 * choice frequencies); never a person's answers.
 */
package dk.tegn.assessments.statistics;
