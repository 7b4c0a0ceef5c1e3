/** Quiz authoring and the per-attempt random draw. */
package dk.tegn.assessments.quiz.control;
