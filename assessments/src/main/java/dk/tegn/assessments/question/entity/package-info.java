/**
 * Question content and grading (pure, no database), categories, questions and their immutable
 * versions.
 */
package dk.tegn.assessments.question.entity;
